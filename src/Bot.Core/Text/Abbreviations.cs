namespace Bot.Core.Text;

/// <summary>Words whose trailing period usually does not end a sentence (lower case, inner dots kept: "e.g").</summary>
internal static class Abbreviations
{
    /// <summary>Titles and Latin short forms: a name or clause always follows.</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr",
        "adm", "rev", "hon", "gov", "sen", "rep", "pres", "supt", "insp", "fr", "mme", "mlle", "sra", "srta",
        "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "approx", "incl", "dept", "univ", "assn", "bros", "ca",
    };

    /// <summary>Short forms that precede a number ("No. 5", "Jan. 12", "p. 40").</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.Ordinal)
    {
        "no", "nos", "nr", "vol", "vols", "pp", "p", "fig", "figs", "art", "ch", "chap", "sec", "para", "op", "ed",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "tel", "ext",
    };

    /// <summary>Capitalised words that commonly open a sentence; after "U.S." they signal a real sentence end.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "or", "so",
        "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "there", "then", "yet", "after",
        "before", "when", "while", "as", "for", "if", "some", "many", "most", "what", "why", "how", "still", "however",
        "meanwhile", "now", "today", "last", "one", "two", "both", "no", "not", "all",
    };

    public static bool IsNeverFinal(string word) => NeverFinal.Contains(word);

    public static bool IsBeforeNumber(string word) => BeforeNumber.Contains(word);

    public static bool IsSentenceStarter(string word) => SentenceStarters.Contains(word);
}
