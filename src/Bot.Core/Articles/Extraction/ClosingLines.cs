namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises a paragraph that closes the page rather than the story: a call to action (click here, download our
/// app, join our channel, write to the editor), a notice about the website itself, a contact block, or a
/// line that names the site. Such lines are prose, so their place gives them away: the <see cref="EdgeTrimmer"/> asks
/// about the last paragraphs, the <see cref="BlockCleaner"/> about short lines anywhere. English, German, French, Spanish, Italian,
/// Portuguese and Dutch (the languages the wall detection knows), plus Polish.
/// </summary>
internal sealed class ClosingLines
{
    /// <summary>Longer paragraphs are the story even when they mention the site or a newsletter.</summary>
    private const int MaxLength = 300;

    /// <summary>Shorter site names ("AP", "Bild") are words of the story too often.</summary>
    private const int MinNameLength = 4;

    /// <summary>What only the site says to its reader (click here, follow us, our newsletter, our app): furniture
    /// wherever a short line holds it.</summary>
    private static readonly string[] CallsToAction =
    [
        "click here", "tap here", "sign up", "download the", "download our", "our app",
        "follow us", "letter to the editor", "write to us", "we want to hear", "this website", "newsletter",
        "hier klicken", "klicken sie hier", "klicke hier", "jetzt registrieren", "jetzt abonnieren", "abonnieren sie",
        "unsere app", "folgen sie uns", "folge uns", "hinterlasse", "schreiben sie uns", "leserbrief", "dieser website",
        "diese website", "dieser webseite", "diese webseite",
        "cliquez ici", "abonnez-vous", "inscrivez-vous", "téléchargez", "notre application", "suivez-nous", "rejoignez",
        "courrier des lecteurs",
        "haz clic", "haga clic", "clic aquí", "suscríbete", "nuestra app", "únete", "síguenos", "este sitio web",
        "clicca qui", "iscriviti", "abbonati", "la nostra app", "seguici", "questo sito",
        "clique aqui", "inscreva-se", "nosso app", "siga-nos",
        "klik hier", "abonneer", "onze app", "volg ons", "deze website",
        "kliknij", "zapisz się", "naszą aplikację", "obserwuj nas", "als pdf herunterladen", "pdf herunterladen",
        "download as pdf", "download the pdf", "télécharger le pdf", "descargar pdf",
    ];

    /// <summary>Names of messaging channels and disclaimers about the site's links and data: news stories use these
    /// words too ("WhatsApp said…", "the affiliate station"), so they only count after the story.</summary>
    private static readonly string[] SiteWords =
    [
        "telegram", "whatsapp",
        "affiliate", "ohne gewähr", "without guarantee", "sans garantie", "sin garantía", "senza garanzia", "sem garantia",
        "zonder garantie", "bez gwarancji",
        "suggested citation", "cite this article", "zitiervorschlag", "zitierweise", "citer cet article",
        "meinung des autors", "meinung der autorin", "nicht notwendigerweise", "does not necessarily reflect",
        "do not necessarily reflect", "views expressed", "disclaimer", "haftungsausschluss", "hier geht es zu",
        "hier geht's zu", "nuestro canal", "notre chaîne", "unseren kanal", "our channel", "fan-shop", "fanshop",
    ];

    private readonly List<string> siteNames = [];

    /// <param name="urls">The page's addresses (canonical, fetched): their host names, "example.com", name the site.</param>
    public ClosingLines(params string?[] urls)
    {
        foreach (var url in urls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && HostName(uri.Host.ToLowerInvariant()) is { } host
                && !siteNames.Contains(host))
            {
                siteNames.Add(host);
            }
        }
    }

    /// <summary>A short line in which the site speaks to its reader (click, subscribe, follow, our app): not the story,
    /// wherever it stands.</summary>
    public static bool IsCallToAction(string paragraph) =>
        paragraph.Length <= MaxLength && ContainsAny(paragraph.ToLowerInvariant(), CallsToAction);

    /// <summary>A line after the story that speaks about the site: a call to action, its app, channels, newsletter or
    /// disclaimers, its own name, or a contact block.</summary>
    public bool IsClosing(string paragraph)
    {
        if (paragraph.Length > MaxLength)
        {
            return false;
        }
        var lower = paragraph.ToLowerInvariant(); // the phrases are lower case: an ordinal search is several times faster
        if (ContainsAny(lower, CallsToAction) || ContainsAny(lower, SiteWords))
        {
            return true;
        }
        foreach (var name in siteNames)
        {
            if (NamesSite(lower, name))
            {
                return true;
            }
        }
        return IsContactBlock(paragraph);
    }

    private static bool ContainsAny(string lower, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The site named as such (both lower case), not as the domain of an e-mail address ("write to jane@example.com").</summary>
    private static bool NamesSite(string paragraph, string name)
    {
        for (var at = paragraph.IndexOf(name, StringComparison.Ordinal); at >= 0;
             at = paragraph.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || paragraph[at - 1] is not ('@' or '.' or '/'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Felix Losada / E-Mail: … / Telefon: …": a block of lines of which one is a contact label.</summary>
    private static bool IsContactBlock(string paragraph)
    {
        if (!paragraph.Contains('\n'))
        {
            return false;
        }
        foreach (var line in paragraph.Split('\n'))
        {
            if (FurnitureLines.IsFurniture(line))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"www.guatemala.com" → "guatemala.com": the host without "www.", when it has a name before the top-level
    /// domain.</summary>
    private static string? HostName(string host)
    {
        var name = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        var dot = name.IndexOf('.');
        return dot >= MinNameLength - 1 ? name : null;
    }
}
