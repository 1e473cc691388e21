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
        // German, French, Spanish, Italian, Portuguese, Dutch
        "z.b", "z", "u.a", "u", "d.h", "d", "s", "bzw", "usw", "vgl", "ggf", "evtl", "inkl", "sog", "bspw", "zzgl",
        "mio", "mrd", "jh", "jhd", "hr", "dipl", "ing", "str", "env", "p.ex", "sr", "dña", "dra", "lic",
        "sig", "sigg", "dott", "avv", "dhr", "mevr", "bijv", "o.a", "m.a.w", "resp",
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

    /// <summary>Month names (German, Dutch, French, Spanish, Italian, Portuguese) after which "31." is a date, not an end.</summary>
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "januari", "februari", "maart", "mei", "augustus", "december",
    };

    /// <summary>Words before a German ordinal: "am 3. Oktober", "im 19. Jahrhundert", "zum 2. Mal", "der 5. Platz".</summary>
    private static readonly HashSet<string> BeforeOrdinal = new(StringComparer.Ordinal)
    {
        "am", "im", "vom", "zum", "zur", "beim", "ab", "bis", "seit", "der", "die", "das", "den", "dem", "des", "ihr",
        "ihrem", "ihren", "sein", "seinem", "seinen", "jeden", "jedem", "jeder", "vor", "nach", "zu", "und",
    };

    public static bool IsNeverFinal(string word) => NeverFinal.Contains(word);

    /// <summary>True when "<paramref name="previousWord"/> N. <paramref name="nextWord"/>" reads as an ordinal or a date.</summary>
    public static bool IsOrdinalContext(string previousWord, string nextWord) =>
        Months.Contains(nextWord) || BeforeOrdinal.Contains(previousWord);

    public static bool IsBeforeNumber(string word) => BeforeNumber.Contains(word);

    public static bool IsSentenceStarter(string word) => SentenceStarters.Contains(word);
}
