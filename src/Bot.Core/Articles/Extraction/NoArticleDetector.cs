namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises pages that have no readable article: no text at all, or only a cookie/consent wall, a paywall teaser,
/// an "enable JavaScript" shell or a captcha check. Returns the reason with its message for the user, or null. A
/// merely short extract is not judged here (see <see cref="ReadableArticleCheck"/>). The signals are English, German,
/// French, Spanish, Italian, Portuguese and Dutch (lower case; the page text is lowered before the search).
/// </summary>
internal static class NoArticleDetector
{
    /// <summary>Below this many words an extract that carries one of the signals below is not an article.</summary>
    private const int ShortArticleWords = 250;

    /// <summary>A paywall notice under fewer words than this leaves a teaser too short to be worth reading; a longer
    /// short article with a "subscribe" line is kept (refusing a readable page costs the user everything).</summary>
    private const int TeaserWords = 100;

    private static readonly string[] JavaScriptSignals =
    [
        "enable javascript", "javascript is disabled", "javascript is required", "requires javascript",
        "turn on javascript", "javascript enabled", "enable js", "javascript must be enabled", "activate javascript",
        "javascript to run this app", "support javascript",
        "javascript aktivieren", "javascript ist deaktiviert", "activer javascript", "activez javascript",
        "habilitar javascript", "habilita javascript", "activa javascript", "abilitare javascript", "abilita javascript",
        "ativar o javascript", "ative o javascript", "javascript inschakelen",
    ];

    private static readonly string[] CaptchaSignals =
    [
        "captcha", "are you a robot", "not a robot", "verify you are human", "verify that you are human",
        "confirm you are human", "unusual traffic", "checking your browser", "checking if the site connection is secure",
        "press and hold", "security check", "access denied",
        "kein roboter", "pas un robot", "no soy un robot", "non sono un robot", "não sou um robô", "geen robot",
    ];

    private static readonly string[] ConsentSignals =
    [
        "cookie", "consent", "privacy settings", "manage preferences", "manage options", "your privacy",
        "we value your privacy", "legitimate interest", "our partners",
        "datenschutz", "einwilligung", "berechtigtes interesse", "confidentialité", "intérêt légitime", "nos partenaires",
        "privacidad", "interés legítimo", "nuestros socios", "interesse legittimo", "i nostri partner", "privacidade",
        "interesse legítimo", "nossos parceiros", "gerechtvaardigd belang", "onze partners",
    ];

    private static readonly string[] ConsentActions =
    [
        "accept", "agree", "reject", "allow all", "manage", "continue",
        "akzeptieren", "zustimmen", "ablehnen", "einstellungen", "refuser", "paramétrer", "aceptar", "rechazar",
        "configurar", "accetta", "rifiuta", "aceitar", "rejeitar", "weigeren", "instellingen",
    ];

    private static readonly string[] PaywallSignals =
    [
        "subscribe to continue", "subscribe to read", "to continue reading", "continue reading this article",
        "already a subscriber", "already have an account", "subscribers only", "for subscribers", "subscriber-only",
        "create a free account", "log in to continue", "sign in to continue", "sign in to read", "register to continue",
        "this article is reserved", "unlock this article", "start your subscription", "subscribe now",
        "to read the full article", "exclusive to subscribers", "premium article", "become a member to read",
        "nur für abonnenten", "bereits abonnent", "weiterlesen mit", "réservé aux abonnés", "déjà abonné",
        "exclusivo para suscriptores", "ya eres suscriptor", "riservato agli abbonati", "sei già abbonato",
        "exclusivo para assinantes", "já é assinante", "alleen voor abonnees", "al abonnee", "please subscribe",
        "to view the full story", "to read the full story", "for the full story", "schon abonnent",
    ];

    /// <summary>Longer paragraphs are the story even when they mention subscribers.</summary>
    private const int NoticeLength = 300;

    /// <summary>A short paragraph of a paywall's notice ("Already a subscriber? Log in."): it tells a wall from a
    /// teaser, and is no part of the article that is readable.</summary>
    public static bool IsPaywallNotice(string paragraph) =>
        paragraph.Length <= NoticeLength && ContainsAny(paragraph.ToLowerInvariant(), PaywallSignals);

    /// <param name="wholePageBelowWords">An extract with fewer words than this may have missed the wall's text, so
    /// the whole page is searched for the signals.</param>
    /// <param name="pageText">Reads the whole page's visible text; asked only when the extract is thin.</param>
    public static (NotAnArticleReason Reason, string Message)? Reason(IReadOnlyList<string> paragraphs, PageMetadata metadata, PageSources sources,
        int wholePageBelowWords, Func<string> pageText)
    {
        var words = 0;
        foreach (var paragraph in paragraphs)
        {
            words += WordCounter.Count(paragraph);
        }
        if (words >= ShortArticleWords && !metadata.Paywalled)
        {
            return null;
        }
        var thin = words < wholePageBelowWords;
        var text = string.Join("\n", paragraphs).ToLowerInvariant();
        if (thin)
        {
            text += "\n" + pageText().ToLowerInvariant() + "\n" + sources.NoScriptText.ToLowerInvariant();
        }
        if (ContainsAny(text, JavaScriptSignals))
        {
            return (NotAnArticleReason.NeedsJavaScript, "The page needs JavaScript to show its content, so there is no article to read.");
        }
        if (ContainsAny(text, CaptchaSignals) && (thin || IsMostlyAbout(paragraphs, CaptchaSignals)))
        {
            return (NotAnArticleReason.RobotCheck, "The site answered with a robot check (captcha) instead of the article.");
        }
        if (ContainsAny(text, ConsentSignals) && ContainsAny(text, ConsentActions)
            && (thin || IsMostlyAbout(paragraphs, ConsentSignals)))
        {
            return (NotAnArticleReason.ConsentWall, "The site only showed a cookie consent wall, not the article.");
        }
        if (ContainsAny(text, PaywallSignals)
            && (words < TeaserWords || IsMostlyAbout(paragraphs, PaywallSignals) || metadata.Paywalled && words < 600))
        {
            return (NotAnArticleReason.Paywall, "The article is behind a paywall; only a teaser is readable.");
        }
        return words == 0 ? (NotAnArticleReason.NoText, "The page has no text to read.") : null;
    }

    private static bool ContainsAny(string text, string[] signals)
    {
        foreach (var signal in signals)
        {
            if (text.Contains(signal, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>At least half of the words sit in paragraphs that mention the signals.</summary>
    private static bool IsMostlyAbout(IReadOnlyList<string> paragraphs, string[] signals)
    {
        int about = 0, all = 0;
        foreach (var paragraph in paragraphs)
        {
            var count = WordCounter.Count(paragraph);
            all += count;
            if (ContainsAny(paragraph.ToLowerInvariant(), signals))
            {
                about += count;
            }
        }
        return about * 2 >= all;
    }
}
