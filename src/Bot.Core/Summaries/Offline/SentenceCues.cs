using System.Text.RegularExpressions;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Surface cues of a sentence that matter for extractive summaries: page furniture that is never a summary
/// (credits, "Read more", sign-up prompts), openers that lean on the previous sentence ("But", "He", "This"),
/// and a news dateline ("LONDON —", "WASHINGTON (AP) —") that can be cut off the front without changing a word.
/// </summary>
public static partial class SentenceCues
{
    /// <summary>True for page furniture: image credits, bylines, update stamps, calls to read, share or subscribe.</summary>
    public static bool IsBoilerplate(string sentence) =>
        BoilerplateStart().IsMatch(sentence) || BoilerplateAnywhere().IsMatch(sentence) || CreditEnd().IsMatch(sentence)
        || IsBracketedNote(sentence);

    /// <summary>An editor's note or promo set wholly in square brackets: "[Get the morning briefing in your inbox.]".</summary>
    private static bool IsBracketedNote(string sentence)
    {
        var text = sentence.Trim();
        return text.Length > 2 && text[0] == '[' && text[^1] == ']';
    }

    /// <summary>
    /// True for a photo credit: "Credit Jane Doe/Reuters", "Source: Supplied", "(Thomas Coex/AFP/Getty Images)", or a
    /// caption ending in "Photograph: Jane Doe/The Guardian". The paragraph such a credit closes is a caption.
    /// </summary>
    public static bool IsPhotoCredit(string sentence) => PhotoCredit().IsMatch(sentence);

    /// <summary>True when the sentence opens with a connective or pronoun that needs the previous sentence to make sense.</summary>
    public static bool LeansOnContext(string sentence) => ContextOpener().IsMatch(sentence);

    /// <summary>Length of a leading dateline such as "LONDON — " or "WASHINGTON (AP) — ", or 0 when there is none.</summary>
    public static int DatelineLength(string sentence)
    {
        var match = Dateline().Match(sentence);
        return match.Success && match.Length < sentence.Length ? match.Length : 0;
    }

    [GeneratedRegex(
        @"^\W*(read (more|also|next|the full)|see also|related( stories| articles| coverage)?\s*:|sign up|subscribe|follow (us|me)|"
        + @"click here|share (this|on)|advertisement|sponsored|image (copyright|caption|source|credit)|photo(graph)?( credit)?\s*:|"
        + @"(last )?updated( at| on)?\b|published( at| on)?\b|posted (at|on|by)\b|by [\p{Lu}][\p{L}.'-]+ [\p{Lu}][\p{L}.'-]+\s*(,|\||$)|"
        + @"copyright\b|©|all rights reserved)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateStart();

    [GeneratedRegex(
        @"\b(click here|sign up (for|to)|subscribe to (our|the)|follow us on|our newsletter|in your inbox|all rights reserved)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateAnywhere();

    [GeneratedRegex(@"(getty images|shutterstock|ap photo|afp via getty)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CreditEnd();

    [GeneratedRegex(
        @"^\W*(credit|source:|photo:|picture:|image:)[^.!?]*$|\b(photograph|photo|picture|image|illustration)\s*:\s*[^.!?]{2,80}$|"
        + @"\/\s*(getty images|afp|reuters|ap|epa|shutterstock)\W*$|\([^()]{0,80}\b(getty images|afp|reuters|ap photo|shutterstock)\)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(
        @"^\W*(but|however|and|or|so|yet|also|still|instead|meanwhile|moreover|furthermore|nevertheless|nonetheless|"
        + @"therefore|thus|hence|then|besides|otherwise|he|she|it|it's|its|this|that|these|those|they|their|them|his|her|such)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextOpener();

    [GeneratedRegex(
        @"^\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*){0,4}(\s*\([\p{L} .]{1,30}\))?\s*[—–]\s+(?=[\p{Lu}\p{N}“""])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
