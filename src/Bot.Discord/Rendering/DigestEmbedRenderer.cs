using System.Text;
using Bot.Core.Chat;
using Bot.Core.Quotes;
using Bot.Discord.Rest.Models;

namespace Bot.Discord.Rendering;

/// <summary>
/// Renders an <see cref="ArticleDigest"/> as embeds: the first has the linked title, the source fields and the
/// footer; summary bullets and block-quoted quotes fill descriptions, spilling into more embeds, and whatever
/// cannot fit in Discord's limits is dropped with a notice instead of failing the request.
/// </summary>
internal static class DigestEmbedRenderer
{
    private const int Color = 0x5865F2;
    private const string ShortenedNotice = "shortened to fit Discord's limits";
    private const int FooterReserve = 40;

    public static IReadOnlyList<Embed> Render(ArticleDigest digest)
    {
        var title = DiscordText.Truncate(DiscordMarkdown.Escape(digest.Title), EmbedLimits.Title);
        var fields = SourceFields(digest);
        var baseFooter = DiscordText.Truncate(DiscordMarkdown.NeutraliseMentions(Footer(digest)), EmbedLimits.Footer - FooterReserve);
        var budget = EmbedLimits.TotalPerMessage - title.Length - fields.Sum(f => f.Name.Length + f.Value.Length)
                     - baseFooter.Length - FooterReserve;

        var (descriptions, shortened) = DescriptionPacker.Pack(Blocks(digest), budget);
        var footer = shortened ? Join(baseFooter, ShortenedNotice) : baseFooter;

        var embeds = new List<Embed>();
        for (var i = 0; i < Math.Max(1, descriptions.Count); i++)
        {
            var first = i == 0;
            var last = i == Math.Max(1, descriptions.Count) - 1;
            embeds.Add(new Embed
            {
                Title = first ? title : null,
                Url = first && IsWebUrl(digest.Url) ? digest.Url : null,
                Description = i < descriptions.Count ? descriptions[i] : null,
                Color = Color,
                Fields = first && fields.Count > 0 ? fields : null,
                Footer = last && footer.Length > 0 ? new EmbedFooter(footer) : null,
                Thumbnail = first && digest.Image is { } image ? new EmbedImage(image) : null,
            });
        }
        return embeds;
    }

    private static List<EmbedField> SourceFields(ArticleDigest digest)
    {
        var fields = new List<EmbedField>();
        if (!string.IsNullOrWhiteSpace(digest.Site))
            fields.Add(new EmbedField("Source", Value(digest.Site), Inline: true));
        if (!string.IsNullOrWhiteSpace(digest.Byline))
            fields.Add(new EmbedField("By", Value(digest.Byline), Inline: true));
        if (digest.Published is { } published)
            fields.Add(new EmbedField("Published", $"<t:{published.ToUnixTimeSeconds()}:D>", Inline: true));
        if (digest.ReadingMinutes > 0)
            fields.Add(new EmbedField("Reading time", $"{digest.ReadingMinutes} min", Inline: true));
        return fields;
    }

    private static string Value(string text) => DiscordText.Truncate(DiscordMarkdown.Escape(text), EmbedLimits.FieldValue);

    private static IEnumerable<string> Blocks(ArticleDigest digest)
    {
        foreach (var bullet in digest.Summary)
            yield return "• " + DiscordMarkdown.Escape(bullet);
        if (digest.Quotes.Count > 0)
            yield return string.IsNullOrWhiteSpace(digest.Topic)
                ? "**Key quotes**"
                : $"**Quotes on “{DiscordMarkdown.Escape(digest.Topic)}”**";
        foreach (var quote in digest.Quotes)
            yield return QuoteBlock(quote);
    }

    private static string QuoteBlock(DigestQuote quote)
    {
        var builder = new StringBuilder();
        foreach (var line in DiscordMarkdown.Escape(QuotationMarks.Enclose(quote.Text)).Split('\n'))
            builder.Append("> ").Append(line).Append('\n');
        if (IsWebUrl(quote.Link))
            builder.Append($"[↗ paragraph {quote.Paragraph}]({DiscordMarkdown.LinkTarget(quote.Link)})");
        return builder.ToString().TrimEnd('\n');
    }

    private static string Footer(ArticleDigest digest)
    {
        var parts = new List<string>(digest.Notices);
        if (!string.IsNullOrWhiteSpace(digest.Summarizer))
            parts.Add(digest.Summarizer);
        if (digest.Cached)
            parts.Add("cached");
        return string.Join(" · ", parts);
    }

    private static string Join(string first, string second) => first.Length == 0 ? second : $"{first} · {second}";

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
