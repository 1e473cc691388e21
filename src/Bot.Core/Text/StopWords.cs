namespace Bot.Core.Text;

/// <summary>Function words that carry no topic, for English, German, French, Spanish, Italian, Portuguese and Dutch.</summary>
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
        ["de"] = Set("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner und oder "
            + "aber sondern denn doch in im ins an am auf aus bei beim mit nach von vom zu zum zur für über unter vor "
            + "hinter neben zwischen durch gegen ohne um bis seit während wegen trotz ab als wie wenn weil dass daß ob "
            + "ist sind war waren bin bist sei wird werden wurde wurden worden hat haben hatte hatten habe kann können "
            + "konnte muss müssen soll sollen will wollen darf würde würden es er sie wir ihr ich du man ihm ihn ihnen "
            + "uns euch mich mir dich dir sich nicht auch noch nur schon mehr sehr so sein seine seinen seinem seiner "
            + "ihre ihren ihrem ihrer unser unsere dies diese dieser dieses diesen diesem jetzt hier dort da dann also "
            + "etwa immer wieder bereits sowie jedoch allerdings dabei damit dazu laut mal viel viele alle alles andere "
            + "anderen einmal was wer wo welche welcher welches"),
        ["fr"] = Set("le la les l un une des du de d au aux et ou mais donc or ni car dans en sur sous par pour avec "
            + "sans chez entre vers contre depuis pendant selon est sont été être était étaient sera seront a ont avait "
            + "avaient avoir aura fait faire peut peuvent doit il elle ils elles on nous vous je tu me te se lui leur "
            + "leurs y ce cet cette ces ceci cela ça qui que qu quoi dont où ne pas plus moins très aussi bien tout "
            + "tous toute toutes son sa ses mon ma mes ton ta tes notre nos votre vos même si comme quand après avant "
            + "encore déjà ainsi alors c n s j m t"),
        ["es"] = Set("el la los las lo un una unos unas y e o u ni pero sino que en de del al a ante bajo con contra "
            + "desde durante entre hacia hasta para por según sin sobre tras es son fue fueron ser era eran sido está "
            + "están estaba estar ha han había habían haber hay se no su sus le les me te nos os mi mis tu tus yo tú él "
            + "ella ellos ellas nosotros usted ustedes como más menos muy ya también este esta estos estas ese esa esos "
            + "esas esto eso aquel cual cuales quien quienes cuando donde si porque todo todos toda todas otro otra otros "
            + "otras mismo misma puede pueden hace hacer"),
        ["it"] = Set("il lo la i gli le l un uno una un' e ed o ma però anche se perché che chi cui non di del dello "
            + "della dei degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli dalle in nel nello nella "
            + "nei negli nelle con col su sul sullo sulla sui sugli sulle per tra fra è sono era erano essere stato "
            + "stata stati ha hanno aveva avere ho si ci ne mi ti vi lui lei loro noi voi io tu suo sua suoi sue mio "
            + "mia tuo tua nostro nostra come più meno molto già ancora questo questa questi queste quello quella "
            + "quelli quelle tutto tutti tutta tutte dove quando può possono fa fare così poi"),
        ["pt"] = Set("o a os as um uma uns umas e ou mas nem que de do da dos das em no na nos nas por pelo pela pelos "
            + "pelas para com sem sob sobre entre até desde após ao aos à às é são foi foram ser era eram sido está "
            + "estão estava estar tem têm tinha ter há se não seu sua seus suas lhe lhes me te nos eu tu ele ela eles "
            + "elas você vocês como mais menos muito já também este esta estes estas esse essa esses essas isto isso "
            + "aquele aquela qual quais quem quando onde porque todo todos toda todas outro outra outros outras mesmo "
            + "pode podem faz fazer"),
        ["nl"] = Set("de het een en of maar want dus noch in op aan van voor na met door bij tot uit over onder tegen "
            + "naar om zonder tussen sinds tijdens volgens is zijn was waren ben bent wordt worden werd werden geweest "
            + "heeft hebben had hadden kan kunnen kon moet moeten zal zullen zou zouden wil willen niet geen ook nog al "
            + "wel zo als dat die dit deze er hier daar toen dan nu ze zij hij we wij ik jij je u hem haar hun ons mij "
            + "me zich zelf mijn jouw uw onze wat wie waar wanneer hoe omdat alle alles veel meer heel erg"),
    };

    /// <summary>The languages with a stop list (and a stemmer): English, German, French, Spanish, Italian, Portuguese, Dutch.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr", "es", "it", "pt", "nl"];

    private static readonly HashSet<string> None = [];

    /// <summary>The stop list for an ISO 639-1 code ("en"); an empty list for languages without one.</summary>
    public static IReadOnlySet<string> For(string language) =>
        language == "en" ? English : Others.TryGetValue(language, out var set) ? set : None;


    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
