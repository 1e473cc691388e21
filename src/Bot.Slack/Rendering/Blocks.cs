using System.Text.Json.Serialization;

namespace Bot.Slack.Rendering;

/// <summary>The few Block Kit blocks the bot sends (wire DTOs).</summary>
[JsonDerivedType(typeof(HeaderBlock))]
[JsonDerivedType(typeof(SectionBlock))]
[JsonDerivedType(typeof(ContextBlock))]
[JsonDerivedType(typeof(DividerBlock))]
internal abstract record Block(string Type);

internal sealed record HeaderBlock(TextObject Text) : Block("header");

/// <param name="Accessory">An image shown beside the text (Slack loads it; the bot never fetches it).</param>
internal sealed record SectionBlock(TextObject Text, ImageElement? Accessory = null) : Block("section");

internal sealed record ImageElement(string ImageUrl, string AltText)
{
    public string Type => "image";
}

internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block("context");

internal sealed record DividerBlock() : Block("divider");

/// <summary>A text object. Every mrkdwn object is verbatim, so Slack never auto-links @here, #channel or names.</summary>
internal sealed record TextObject(string Type, string Text, bool? Verbatim, bool? Emoji)
{
    public static TextObject Mrkdwn(string safeMrkdwn) => new("mrkdwn", safeMrkdwn, true, null);

    public static TextObject Plain(string text) => new("plain_text", text, null, false);
}

/// <summary>A message ready to post: blocks plus the plain fallback <c>text</c>.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
