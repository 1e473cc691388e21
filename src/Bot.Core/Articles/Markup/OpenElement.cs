namespace Bot.Core.Articles.Markup;

/// <summary>An element on the modelled stack of open elements.</summary>
internal sealed class OpenElement(TagName tag)
{
    public TagName Tag { get; } = tag;

    public string Name => Tag.Name;

    public bool Special { get; init; }

    public bool Foreign { get; init; }

    public bool IntegrationPoint { get; init; }

    /// <summary>Ends a search for an open element in scope.</summary>
    public bool Boundary { get; init; }

    public FormattingEntry? Entry { get; set; }
}
