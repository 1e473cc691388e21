using System.Text.RegularExpressions;

namespace Bot.Bench;

/// <summary>
/// Sentence splitting and word budgets exactly as <c>../shared/tools/rouge/rouge.py</c> does them, so ROUGE-Lsum and
/// the Lead-k/TextRank baselines here equal the python scorer's: a sentence ends at <c>. ! ?</c> (with closing quotes
/// or brackets) before whitespace and a capital or digit, except after a listed abbreviation or a single letter.
/// </summary>
internal static partial class RougeSentences
{
    private static readonly HashSet<string> Abbreviations = new(
        ("mr mrs ms dr prof sr jr st mt ft gen sen rep gov lt col sgt capt cmdr adm rev hon pres supt insp det maj jan "
         + "feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp bros dept univ est approx fig vol "
         + "al u.s u.k u.n e.g i.e a.m p.m").Split(' '),
        StringComparer.Ordinal);

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            foreach (Match match in Boundary().Matches(line))
            {
                var words = line[start..match.Index].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var last = words.Length > 0 ? LeadingNonWord().Replace(words[^1].ToLowerInvariant(), "") : "";
                if (match.Groups[1].Value == "." && (Abbreviations.Contains(last) || SingleLetter().IsMatch(last)))
                {
                    continue; // "Mr. Smith", "U.S. forces", "J. K. Rowling"
                }
                var end = match.Groups[2].Index + match.Groups[2].Length;
                sentences.Add(line[start..end].Trim());
                start = match.Index + match.Length;
            }
            if (line[start..].Trim().Length > 0)
            {
                sentences.Add(line[start..].Trim());
            }
        }
        return sentences.Where(s => s.Length > 0).ToList();
    }

    /// <summary>The first <paramref name="maxWords"/> whitespace-separated words (0: all), line breaks kept.</summary>
    public static string Truncate(string text, int maxWords)
    {
        if (maxWords <= 0)
        {
            return text;
        }
        var lines = new List<string>();
        var count = 0;
        foreach (var line in text.Split('\n'))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(maxWords - count).ToList();
            if (words.Count > 0)
            {
                lines.Add(string.Join(' ', words));
            }
            count += words.Count;
            if (count >= maxWords)
            {
                break;
            }
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex("([.!?]+)([\"'\u201d\u2019)\\]]*)\\s+(?=[\"'\u201c\u2018(\\[]?[A-Z0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\W+")]
    private static partial Regex LeadingNonWord();

    [GeneratedRegex("^[a-z]$")]
    private static partial Regex SingleLetter();
}
