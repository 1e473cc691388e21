using System.Globalization;
using System.Text;
using Bot.Core.Chat;

namespace Bot.Rendering;

/// <summary>Renders a reply as tidy plain text for a terminal: title line, source, bullets, quotes, notices.</summary>
public static class ReplyText
{
    public static string Render(Reply reply) =>
        WithoutControlCharacters(reply.Digest is { } digest ? Render(digest) : reply.Text ?? "");

    public static string Render(ArticleDigest digest) => WithoutControlCharacters(RenderDigest(digest));

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
                text.Append("  > “").Append(quote.Text).AppendLine("”");
                text.Append("    ").AppendLine(quote.Link);
            }
        }

        foreach (var notice in digest.Notices)
        {
            text.AppendLine().Append("note: ").Append(notice);
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Drops C0/C1 control characters but line breaks and tabs: page text must not drive the terminal
    /// (escape sequences can clear it, retitle it or set the clipboard).</summary>
    private static string WithoutControlCharacters(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
