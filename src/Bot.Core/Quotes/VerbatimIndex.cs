using Bot.Core.Articles;

namespace Bot.Core.Quotes;

/// <summary>
/// An article's paragraphs normalised once, so many candidate quotes can be checked against it cheaply.
/// Every quote that leaves the bot passes <see cref="Contains"/>.
/// </summary>
public sealed class VerbatimIndex
{
    private readonly string[] _paragraphs;

    public VerbatimIndex(Article article)
    {
        _paragraphs = article.Paragraphs.Select(VerbatimText.Normalize).ToArray();
    }

    /// <summary>True when the quote occurs word for word (after normalisation) within one paragraph.</summary>
    public bool Contains(string quote) => FindParagraph(quote) >= 0;

    /// <summary>The index of the first paragraph containing the quote, or -1. An empty quote is never found.</summary>
    public int FindParagraph(string quote)
    {
        var needle = VerbatimText.Normalize(quote);
        if (needle.Length == 0)
        {
            return -1;
        }

        for (var i = 0; i < _paragraphs.Length; i++)
        {
            if (_paragraphs[i].Contains(needle, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
