using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Quotes;

namespace Bot.Slack.Rendering;

/// <summary>ArticleDigest → Block Kit within Slack's limits; every article string is escaped.</summary>
internal static class DigestRenderer
{
    public const int MaxBlocks = 50;
    private const int MaxHeader = 150;
    private const int MaxQuoteChars = 2500;

    public static SlackMessage Render(ArticleDigest digest)
    {
        var blocks = new List<Block> { new HeaderBlock(TextObject.Plain(SafePlain(digest.Title, MaxHeader))) };
        blocks.Add(new ContextBlock([TextObject.Mrkdwn(SourceLine(digest))]));

        if (!string.IsNullOrWhiteSpace(digest.Topic))
        {
            blocks.Add(Section($"*Quotes on “{Mrkdwn.Escape(Mrkdwn.Truncate(digest.Topic, 200))}”*"));
        }

        blocks.AddRange(SectionSplitter.Pack(digest.Summary.Select(s => "• " + Mrkdwn.Escape(s))).Select(Section));

        if (digest.Quotes.Count > 0 && digest.Summary.Count > 0)
        {
            blocks.Add(new DividerBlock());
        }

        foreach (var quote in digest.Quotes)
        {
            blocks.AddRange(SectionSplitter.Pack(QuoteLines(quote)).Select(Section));
        }

        var footer = digest.Notices.Select(n => Mrkdwn.Escape(n)).ToList();
        if (!string.IsNullOrWhiteSpace(digest.Summarizer))
        {
            footer.Add(Mrkdwn.Escape($"by {digest.Summarizer}") + (digest.Cached ? " (cached)" : ""));
        }

        if (footer.Count > 0)
        {
            blocks.Add(new ContextBlock([TextObject.Mrkdwn(Mrkdwn.Truncate(string.Join("\n", footer), 2000))]));
        }

        return new SlackMessage(FallbackText(digest), FitToLimit(WithLeadImage(blocks, digest.Image)));
    }

    /// <summary>The lead image as the accessory of the first section (beside the first bullets or quote).</summary>
    private static List<Block> WithLeadImage(List<Block> blocks, string? image)
    {
        var first = blocks.FindIndex(b => b is SectionBlock);
        if (image is not null && first >= 0)
        {
            blocks[first] = ((SectionBlock)blocks[first]) with { Accessory = new ImageElement(image, "Lead image of the article") };
        }
        return blocks;
    }

    private static SectionBlock Section(string safeMrkdwn) => new(TextObject.Mrkdwn(safeMrkdwn));

    private static string SourceLine(ArticleDigest digest)
    {
        var site = string.IsNullOrWhiteSpace(digest.Site)
            ? Uri.TryCreate(digest.Url, UriKind.Absolute, out var uri) ? uri.Host : "source"
            : digest.Site;
        var parts = new List<string> { Mrkdwn.Link(digest.Url, Mrkdwn.Truncate(site, 100)) ?? Mrkdwn.Escape(site) };
        if (!string.IsNullOrWhiteSpace(digest.Byline))
        {
            parts.Add(Mrkdwn.Escape(Mrkdwn.Truncate(digest.Byline, 200)));
        }

        if (digest.Published is { } published)
        {
            parts.Add(published.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        }

        if (digest.ReadingMinutes > 0)
        {
            parts.Add($"{digest.ReadingMinutes} min read");
        }

        return string.Join(" · ", parts);
    }

    private static IEnumerable<string> QuoteLines(DigestQuote quote)
    {
        var lines = QuotationMarks.Enclose(Mrkdwn.Truncate(quote.Text, MaxQuoteChars)).Split('\n', StringSplitOptions.TrimEntries);
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            yield return "> " + Mrkdwn.Escape(line);
        }

        var label = quote.Paragraph > 0 ? $"paragraph {quote.Paragraph}" : "in context";
        yield return "— " + (Mrkdwn.Link(quote.Link, label) ?? Mrkdwn.Escape(label));
    }

    private static string FallbackText(ArticleDigest digest)
    {
        var kind = digest.Summary.Count > 0 ? "Summary of" : "Quotes from";
        return $"{kind} {SafePlain(digest.Title, 300)}";
    }

    /// <summary>Escaped text no longer than <paramref name="max"/>, cut before escaping so no entity is split.</summary>
    private static string SafePlain(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        var escaped = Mrkdwn.Escape(flat);
        for (var keep = max; escaped.Length > max && keep > 1; keep -= 10)
        {
            escaped = Mrkdwn.Escape(Mrkdwn.Truncate(flat, keep));
        }

        return escaped.Length == 0 ? "Untitled" : escaped;
    }

    private static List<Block> FitToLimit(List<Block> blocks)
    {
        if (blocks.Count <= MaxBlocks)
        {
            return blocks;
        }

        var kept = blocks.Take(MaxBlocks - 1).ToList();
        kept.Add(new ContextBlock([TextObject.Mrkdwn("_Shortened to fit Slack's limits._")]));
        return kept;
    }
}
