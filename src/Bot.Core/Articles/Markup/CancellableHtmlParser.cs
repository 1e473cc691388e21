using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Core.Articles.Markup;

/// <summary>
/// An HTML parser that a cancellation token stops mid-document: AngleSharp's own <c>ParseDocumentAsync</c> observes
/// its token only while reading a stream, never while building the tree from a string. The token is checked as
/// each element is created. One instance per thread.
/// </summary>
internal sealed class CancellableHtmlParser
{
    private readonly HtmlParser parser;
    private CancellationToken token;

    public CancellableHtmlParser(HtmlParserOptions options) =>
        parser = new HtmlParser(options with { OnCreated = (_, _) => token.ThrowIfCancellationRequested() });

    /// <exception cref="OperationCanceledException">The token was cancelled before the parse ended.</exception>
    public IHtmlDocument Parse(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        token = cancellationToken;
        try
        {
            return parser.ParseDocument(html);
        }
        finally
        {
            token = default;
        }
    }
}
