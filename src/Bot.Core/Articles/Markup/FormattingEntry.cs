namespace Bot.Core.Articles.Markup;

/// <summary>An entry of the modelled list of active formatting elements, or a marker.</summary>
internal sealed class FormattingEntry(TagName? tag, ReadOnlyMemory<char> attributes)
{
    private static readonly TagName MarkerTag = new("");

    public static FormattingEntry Marker => new(null, default);

    public TagName Tag { get; } = tag ?? MarkerTag;

    public string Name => Tag.Name;

    /// <summary>The raw attribute text: entries with the same tag and text are the same to the parser.</summary>
    public ReadOnlyMemory<char> Attributes { get; } = attributes;

    public bool IsMarker => Tag == MarkerTag;

    public OpenElement? Open { get; set; }
}
