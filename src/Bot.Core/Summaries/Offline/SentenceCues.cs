using System.Text.RegularExpressions;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Surface cues of a sentence that matter for extractive summaries, in English, German, French, Spanish, Italian,
/// Portuguese and Dutch: page furniture that is never a summary (credits, bylines, "Read more", sign-up prompts),
/// questions, openers that lean on the previous sentence ("But", "He", "Dies"), and a news dateline ("LONDON —",
/// "Rome (CNN)", "BANGKOK:") that can be cut off the front without changing a word.
/// </summary>
public static partial class SentenceCues
{
    /// <summary>True for page furniture: image credits, bylines, update stamps, calls to read, share or subscribe.</summary>
    public static bool IsBoilerplate(string sentence) =>
        BoilerplateStart().IsMatch(sentence) || BoilerplateAnywhere().IsMatch(sentence) || CreditEnd().IsMatch(sentence)
        || IsBracketedNote(sentence);

    /// <summary>
    /// Never a bullet or a key quote: page furniture, a question, or a sentence that opens a quotation it does not close
    /// (or closes one opened before it).
    /// </summary>
    public static bool IsFurniture(string sentence) =>
        IsBoilerplate(sentence) || IsQuestion(sentence) || !Text.QuoteMarks.AreBalanced(sentence) || IsDateStamp(sentence);

    /// <summary>A place-and-time line such as "Managua, Nicaragua 26, Abril, 2022 7:43 p.m.": a clock time and hardly a word of prose.</summary>
    private static bool IsDateStamp(string sentence) =>
        ClockTime().IsMatch(sentence) && ProseWord().Count(sentence) < MinProseWords;

    private const int MinProseWords = 3;

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\p{Ll}{4,}\b")]
    private static partial Regex ProseWord();

    /// <summary>A question (to the reader, or an interviewer's): it asks, it does not tell.</summary>
    public static bool IsQuestion(string sentence)
    {
        var text = sentence.TrimEnd();
        var end = text.Length - 1;
        while (end > 0 && Text.CharClasses.IsCloser(text[end]) || end > 0 && text[end] is '“' or '‘' or ' ' or '\u00A0')
        {
            end--;
        }
        return end >= 0 && text[end] is '?' or '？' or '⁇' or '⁈';
    }

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

    /// <summary>Length of a leading dateline such as "LONDON — ", "WASHINGTON (AP) — " or "Rome (CNN) ", or 0.</summary>
    public static int DatelineLength(string sentence)
    {
        var match = Dateline().Match(sentence);
        if (!match.Success)
        {
            match = AgencyDateline().Match(sentence);
        }
        return match.Success && match.Length < sentence.Length ? match.Length : 0;
    }

    [GeneratedRegex(
        @"^\W*(read (more|also|next|the full)|see also|related( stories| articles| coverage)?\s*:|sign up|subscribe|follow (us|me)|"
        + @"click here|share (this|on)|advertisement|sponsored|image (copyright|caption|source|credit)|photo(graph)?( credit)?\s*:|"
        + @"(last )?updated( at| on)?\b|published( at| on)?\b|posted (at|on|by)\b|(by|von|par|por|di|door) [\p{Lu}][\p{L}.'-]+ [\p{Lu}][\p{L}.'-]+\s*(,|\||$)|"
        + @"copyright\b|©|all rights reserved|"
        + @"(lesen sie (auch|mehr|hier)|mehr (zum thema|dazu|lesen)|weiterlesen|jetzt (abonnieren|anmelden|lesen)|melden sie sich|"
        + @"abonnieren sie|anzeige\b|werbung\b|bild\s*:|foto\s*:|quelle\s*:|aktualisiert (am|um)|"
        + @"(à )?lire (aussi|également|la suite)|inscrivez-vous|abonnez-vous|publicité\b|mis à jour|"
        + @"lee (también|más)|leer más|suscríbete|regístrate|publicidad\b|actualizado|"
        + @"leggi (anche|di più)|iscriviti|abbonati|pubblicità\b|aggiornato|"
        + @"leia (também|mais)|assine|inscreva-se|publicidade\b|atualizado|"
        + @"lees (ook|meer|verder)|meld je aan|abonneer|advertentie\b|bijgewerkt))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateStart();

    [GeneratedRegex(
        @"\b(click here|sign up (for|to)|subscribe to (our|the)|follow us on|our newsletter|in your inbox|all rights reserved|"
        + @"unseren? newsletter|newsletter abonnieren|alle rechte vorbehalten|notre newsletter|tous droits réservés|"
        + @"nuestro boletín|todos los derechos reservados|la nostra newsletter|tutti i diritti riservati|nossa newsletter|"
        + @"todos os direitos reservados|onze nieuwsbrief|alle rechten voorbehouden)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateAnywhere();

    [GeneratedRegex(@"(getty images|shutterstock|ap photo|afp via getty|picture alliance|imago images)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CreditEnd();

    [GeneratedRegex(
        @"^\W*(credit|source:|photo:|picture:|image:|foto:|bild:|quelle:)[^.!?]*$|\b(photograph|photo|picture|image|illustration|foto|bild)\s*:\s*[^.!?]{2,80}$|"
        + @"\/\s*(getty images|afp|reuters|ap|epa|shutterstock|dpa|imago)\W*$|\([^()]{0,80}\b(getty images|afp|reuters|ap photo|shutterstock|dpa)\)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // Only words that never open a self-contained sentence: articles such as German "Die", Dutch "Het" are left out.
    [GeneratedRegex(
        @"^\W*(but|however|and|or|so|yet|also|still|instead|meanwhile|moreover|furthermore|nevertheless|nonetheless|"
        + @"therefore|thus|hence|then|besides|otherwise|he|she|it|it's|its|this|that|these|those|they|their|them|his|her|such|"
        + @"er|es|dies|diese|dieser|dieses|damit|dabei|daher|deshalb|deswegen|dafür|dagegen|darum|jedoch|aber|doch|außerdem|und|oder|denn|dann|danach|dadurch|daraufhin|"
        + @"zudem|trotzdem|dennoch|allerdings|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|"
        + @"il|elle|ils|elles|cela|ceci|ça|cette|ces|mais|cependant|pourtant|toutefois|donc|ainsi|sa|son|ses|leur|leurs|et|ou|puis|alors|"
        + @"él|ella|ellos|ellas|esto|esta|este|estos|estas|eso|esa|ese|pero|sin embargo|además|por eso|así|y|entonces|también|luego|"
        + @"lui|lei|loro|questo|questa|questi|queste|ciò|però|tuttavia|inoltre|quindi|poi|allora|"
        + @"ele|ela|eles|elas|isso|isto|essa|esse|porém|contudo|além disso|então|também|"
        + @"hij|zij|ze|dit|deze|maar|echter|toch|bovendien|daarom|dus|hun|dan|daarna)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextOpener();

    [GeneratedRegex(
        @"^\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*){0,4}(\s*\([\p{L} ./]{1,30}\))?\s*([—–]|(?<=\p{Lu}{2,}):)\s+(?=[\p{Lu}\p{N}“„""])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>"(CNN) ", "Rome (CNN) -- ", "Berlin (dpa) - ": a place (optional) and a news agency in brackets.</summary>
    [GeneratedRegex(
        @"^(\p{Lu}[\p{L}.'’-]*(?:[ ,/]+\p{Lu}[\p{L}.'’-]*){0,3}\s*)?\((CNN|AP|AFP|Reuters|dpa|APA|SDA|KNA|epd|ANSA|EFE|Belga|ANP|Lusa|Agencia EFE)(/[\p{L}]{1,6})?\)\.?\s*(?:(?:--|[—–-])\s*)?(?=[\p{Lu}\p{N}“„«""])",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();
}
