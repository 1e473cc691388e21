using System.Globalization;
using System.Text;

namespace Bot.Testing.Corpora;

/// <summary>
/// The article-extraction-benchmark metric (as in shared/tools/extract-score.py): tokens are Unicode word runs,
/// shingles are 4-grams of tokens (a text of 1-3 tokens is one shingle), per page TP/FP/FN are the multiset overlap
/// normalised by their sum, P and R are means over pages, F1 is computed from those means.
/// </summary>
public static class ShingleScore
{
    public readonly record struct Counts(double Tp, double Fp, double Fn)
    {
        public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);

        public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);
    }

    public sealed record Result(double F1, double Precision, double Recall);

    public static Result Aggregate(IReadOnlyList<Counts> pages)
    {
        var precision = pages.Where(c => c.Tp + c.Fp > 0).Select(c => c.Precision).DefaultIfEmpty(0).Average();
        var recall = pages.Where(c => c.Tp + c.Fn > 0).Select(c => c.Recall).DefaultIfEmpty(0).Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(f1, precision, recall);
    }

    public static Counts Compare(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(predicted.Keys))
        {
            expected.TryGetValue(key, out var t);
            predicted.TryGetValue(key, out var p);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(tp, fp, fn);
    }

    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }
        for (var i = 0; i < Math.Max(1, tokens.Count - n + 1); i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>Python's <c>\w+</c>: runs of letters, digits and other numerals, and underscores.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        return tokens;
    }

    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
