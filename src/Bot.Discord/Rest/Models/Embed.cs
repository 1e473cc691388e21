namespace Bot.Discord.Rest.Models;

internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedImage? Thumbnail { get; init; }
}

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

internal sealed record EmbedImage(string Url);
