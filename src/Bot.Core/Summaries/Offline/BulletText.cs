using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// A sentence as a bullet shows it: a leading dateline ("LONDON — ", "(CNN) ") or list marker cut off and whitespace
/// tidied; what is left is still a verbatim span of the article.
/// </summary>
public static partial class BulletText
{
    public static string Of(string sentence)
    {
        var text = sentence[SentenceCues.DatelineLength(sentence)..].Trim();
        return Whitespace().Replace(text[ListMarker.LengthAt(text, 0)..], " ");
    }

    public static int WordCount(ArticleSentence sentence) => Articles.WordCounter.Count(Of(sentence.Text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
