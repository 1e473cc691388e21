namespace Bot.Core.Articles.Markup;

/// <summary>What became of a start tag.</summary>
internal enum StartOutcome
{
    /// <summary>Left out of the page: its text stays, in the enclosing element.</summary>
    Dropped,
    Kept,

    /// <summary>Kept, and its content is text up to its own end tag (script, style, textarea...).</summary>
    RawText,
}
