namespace Bot.Core.Text;

/// <summary>Function words that carry no topic: a full English list and short lists for a few other languages.</summary>
public static class StopWords
{
    private static readonly HashSet<string> English = Set(
        "a about above after again against all also am an and any are aren't as at be because been before being below "
        + "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each "
        + "few for from further had hadn't has hasn't have haven't having he he'd he'll her here hers herself him "
        + "himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mustn't my "
        + "myself no nor not now of off on once only or other ought our ours ourselves out over own same shan't she "
        + "she'd she'll should shouldn't so some such than that that's the their theirs them themselves then there "
        + "there's these they they'd they'll they're they've this those through to too under until up very was wasn't "
        + "we we'd we'll we're we've were weren't what what's when where which while who whom why will with won't would "
        + "wouldn't you you'd you'll you're you've your yours yourself yourselves s t d ll m re ve also may might must "
        + "shall us said says say one two new like get got just even much many well yet still");

    private static readonly Dictionary<string, HashSet<string>> Others = new(StringComparer.Ordinal)
    {
        ["de"] = Set("der die das den dem des ein eine einen einem einer eines und oder aber in im an am auf aus bei mit "
            + "nach von vom zu zum zur für über unter ist sind war waren wird werden hat haben es er sie wir ihr ich du "
            + "nicht auch als wie so dass daß sich noch nur schon mehr sein seine ihre"),
        ["fr"] = Set("le la les un une des du de d l et ou mais dans en au aux sur par pour avec sans est sont été être a "
            + "ont avait il elle ils elles nous vous je tu ce cette ces qui que qu ne pas plus se sa son ses leur"),
        ["es"] = Set("el la los las un una unos unas y o pero en de del al a por para con sin es son fue ser ha han "
            + "que se no su sus lo le les como más muy ya este esta estos estas ese esa"),
        ["it"] = Set("il lo la i gli le un una uno e o ma in di del della a al da per con su è sono che non si come più "
            + "anche suo sua"),
        ["nl"] = Set("de het een en of maar in op aan van voor met door is zijn was waren wordt heeft hebben niet ook "
            + "als dat die dit er ze zij hij we"),
        ["pt"] = Set("o a os as um uma e ou mas em no na de do da dos das por para com sem é são foi ser que se não "
            + "seu sua como mais"),
    };

    private static readonly HashSet<string> None = [];

    /// <summary>The stop list for an ISO 639-1 code ("en"); an empty list for languages without one.</summary>
    public static IReadOnlySet<string> For(string language) =>
        language == "en" ? English : Others.TryGetValue(language, out var set) ? set : None;

    public static bool IsEnglishStopWord(string token) => English.Contains(token);

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
