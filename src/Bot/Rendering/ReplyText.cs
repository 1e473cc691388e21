using System.Globalization;
using System.Text;
using Bot.Core.Chat;
using Bot.Core.Quotes;

namespace Bot.Rendering;

/// <summary>Renders a reply as tidy plain text for a terminal: title line, source, bullets, quotes, notices.</summary>
public static class ReplyText
{
    public static string Render(Reply reply) =>
        TerminalText.Safe(reply.Digest is { } digest ? Render(digest) : reply.Text ?? "");

    public static string Render(ArticleDigest digest) => TerminalText.Safe(RenderDigest(digest));

    private static string RenderDigest(ArticleDigest digest)
    {
        var text = new StringBuilder();
        text.AppendLine(digest.Title);
        var source = new[]
        {
            digest.Site,
            digest.Byline,
            digest.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            digest.ReadingMinutes > 0 ? $"{digest.ReadingMinutes} min read" : null,
        }.Where(s => !string.IsNullOrWhiteSpace(s));
        text.AppendLine(string.Join(" · ", source));
        text.AppendLine(digest.Url);

        if (digest.Summary.Count > 0)
        {
            text.AppendLine().AppendLine("Summary");
            foreach (var bullet in digest.Summary)
            {
                text.Append("  • ").AppendLine(bullet);
            }
        }

        if (digest.Quotes.Count > 0)
        {
            text.AppendLine().AppendLine(digest.Topic is null ? "Key quotes" : $"Quotes on \"{digest.Topic}\"");
            foreach (var quote in digest.Quotes)
            {
                text.Append("  > ").AppendLine(QuotationMarks.Enclose(quote.Text));
                text.Append("    ").AppendLine(quote.Link);
            }
        }

        foreach (var notice in digest.Notices)
        {
            text.AppendLine().Append("note: ").Append(notice);
        }
        return text.ToString().TrimEnd();
    }
}
