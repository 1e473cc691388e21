using System.Text.Json;

namespace Bot.Testing.Corpora;

/// <summary>
/// trafilatura's evaluation metric (as in shared/tools/snippet-score.py): per page, each snippet the text must contain
/// ("with") found in the output is a true positive, each missing one a false negative; each snippet it must not contain
/// ("without") found is a false positive, each absent one a true negative. Counts are summed over pages, and matching
/// is on whitespace-normalised text.
/// </summary>
public static class SnippetScore
{
    /// <summary>One page of the set: its file name and its snippets.</summary>
    public sealed record Page(string File, IReadOnlyList<string> With, IReadOnlyList<string> Without);

    public readonly record struct Counts(int Tp, int Fp, int Fn, int Tn)
    {
        public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn, a.Tn + b.Tn);
    }

    /// <summary>Reads <c>evaldata.json</c> (a map from page URL to file, with, without), ordered by file name.</summary>
    public static IReadOnlyList<Page> Load(string evaldataPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(evaldataPath));
        var pages = new List<Page>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var item = entry.Value;
            pages.Add(new Page(item.GetProperty("file").GetString()!, Strings(item, "with"), Strings(item, "without")));
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return pages.Count > 0 ? pages : throw new InvalidDataException($"no pages in {evaldataPath}");
    }

    public static Counts Compare(Page page, string output)
    {
        var text = Normalize(output);
        var found = page.With.Count(s => text.Contains(Normalize(s), StringComparison.Ordinal));
        var leaked = page.Without.Count(s => text.Contains(Normalize(s), StringComparison.Ordinal));
        return new Counts(found, leaked, page.With.Count - found, page.Without.Count - leaked);
    }

    /// <summary>Runs of whitespace become one space; leading and trailing space goes.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Strings(JsonElement item, string property) =>
        item.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.GetString() ?? "").ToList()
            : [];
}
