namespace Bot.Core.Articles.Extraction;

/// <summary>What sets the parts of a one-line row apart: "Impressum | Datenschutz", "Le Monde • 04.05.2015".</summary>
internal static class RowSeparators
{
    public static readonly string[] All = [" | ", " · ", " • ", " - ", " – ", " — "];
}
