using Bot.Core.Quotes;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// A line of the body that only repeats the headline, often behind a kicker ("Neues Auto: " + the headline): shown
/// with the title anyway, it is neither a bullet nor a key quote.
/// </summary>
public sealed class TitleEcho(string title, IReadOnlyList<string> titleTerms)
{
    private const double Overlap = 0.8;
    private const int MinTitleChars = 12;

    private readonly HashSet<string> _terms = titleTerms.ToHashSet(StringComparer.Ordinal);
    private readonly string _title = VerbatimText.Normalize(title).Trim().TrimEnd('.', '!', '?', ':').ToLowerInvariant();

    /// <summary>True when the sentence holds the whole title, or most of its terms are the title's and most of the title's are in it.</summary>
    public bool Repeats(ArticleSentence sentence)
    {
        if (_terms.Count == 0)
        {
            return false;
        }
        var terms = sentence.Terms.ToHashSet(StringComparer.Ordinal);
        var shared = _terms.Count(terms.Contains);
        if (shared < Overlap * _terms.Count)
        {
            return false; // holds neither the whole title nor most of it
        }
        return terms.Count(_terms.Contains) >= Overlap * terms.Count
            || _title.Length >= MinTitleChars && VerbatimText.Normalize(sentence.Text).ToLowerInvariant().Contains(_title, StringComparison.Ordinal);
    }
}
