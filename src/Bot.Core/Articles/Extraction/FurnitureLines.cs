using System.Collections.Frozen;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises a short paragraph that is page furniture by how it begins: a "read more"/"related" pointer, a tag list,
/// a comment prompt, a share prompt, an update stamp, contact lines or a copyright notice, in English, German, French,
/// Spanish, Italian, Portuguese and Dutch (the languages the wall detection knows), plus Polish.
/// </summary>
internal static class FurnitureLines
{
    /// <summary>Longer paragraphs are prose even when they begin like a label ("Mehr zum Thema Klima lesen Sie ...").</summary>
    private const int MaxLength = 250;

    private const int BareWordRest = 40;

    private static readonly string[] Labels =
    [
        // related / read more
        "read more", "read also", "also read", "related:", "related articles", "related posts", "related stories",
        "see also", "more on this", "more from", "you may also like", "you might also like", "recommended for you",
        "lesen sie auch", "lesen sie mehr", "auch interessant", "mehr zum thema", "mehr dazu", "weitere informationen",
        "weitere artikel", "weitere beiträge", "ähnliche beiträge", "ähnliche artikel", "das könnte sie auch",
        "das könnte dich auch", "passend dazu", "zum thema:", "siehe auch", "weiterlesen",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "à voir aussi",
        "lee también", "lea también", "le puede interesar", "te puede interesar", "puedes ver", "mire:", "ver también",
        "leggi anche", "leggi pure", "potrebbe interessarti", "vedi anche",
        "leia também", "leia mais", "veja também", "saiba mais",
        "lees ook", "lees meer", "meer over", "zie ook",
        "czytaj także", "czytaj też", "zobacz też", "zobacz także", "przeczytaj również", "czytaj więcej",
        "schon gelesen?", "neueste artikel", "neueste beiträge", "aktuelle artikel", "latest articles", "latest news",
        "latest stories", "more stories", "most read", "meistgelesen", "lea más", "lee más", "vea también", "mira:",
        "mira también", "no te pierdas", "à lire également", "lire également", "leggi ancora", "originalartikel:",
        "nächster artikel", "vorheriger artikel", "next article", "previous article", "next post", "previous post",
        "older post", "newer post", "article suivant", "article précédent", "vorschau auf den nächsten",
        // tags and categories
        "tags:", "tags |", "tag:", "schlagwörter", "schlagworte", "stichwörter", "themen:", "kategorie:", "kategorien:",
        "étiquettes", "mots-clés", "mots clés", "etiquetas:", "temas:", "argomenti:", "categorie:", "tagi:",
        "filed under", "posted in", "categories:", "category:",
        // comments
        "keine kommentare", "kommentar schreiben", "kommentare", "schreibe einen kommentar", "kommentieren",
        "leave a comment", "leave a reply", "no comments", "comments", "post a comment", "add a comment",
        "laisser un commentaire", "aucun commentaire", "deja un comentario", "dejar un comentario", "lascia un commento",
        "deixe um comentário", "deixe seu comentário", "laat een reactie achter", "reageer", "komentarze",
        "diskutieren sie mit", "join the discussion", "join the conversation", "participez au débat",
        // advertising labels and disclosures
        "anzeige -", "anzeige:", "anzeige |", "werbung:", "werbung |", "werbung -", "werbung.", "advertising disclosure",
        "advertiser disclosure", "sponsored by", "sponsored content", "paid content", "gesponsert von",
        "publicidad:", "publicité :", "publicité:", "pubblicità:",
        // share
        "share this", "share on", "share:", "teilen:", "diesen artikel teilen", "artikel teilen", "jetzt teilen",
        "partager", "compartir", "condividi", "compartilhe", "compartilhar", "delen:", "udostępnij",
        // time stamps
        "updated:", "last updated", "last update", "last modified", "letzte aktualisierung", "dernière mise à jour",
        "última actualización", "ultimo aggiornamento", "última atualização", "laatste update", "ostatnia aktualizacja", "published:", "posted on", "aktualisiert", "zuletzt aktualisiert",
        "veröffentlicht am", "stand:", "erstellt am", "publié le", "mis à jour", "actualizado", "publicado el",
        "aggiornato", "pubblicato il", "atualizado", "publicado em", "bijgewerkt", "gepubliceerd", "publiziert",
        "erschienen am", "posted by", "written by", "geschrieben von", "this entry was posted", "dieser eintrag wurde",
        "dieser beitrag wurde", "dieser artikel wurde", "dieser text wurde", "cet article a été publié",
        // contact and legal
        "kontakt:", "telefon:", "tel.:", "tel:", "fax:", "e-mail:", "email:", "contact:", "ansprechpartner",
        "pressekontakt", "impressum", "datenschutz", "©", "copyright", "alle rechte vorbehalten", "all rights reserved",
        "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
        "alle angaben ohne gewähr", "angaben ohne gewähr", "quellenangaben", "quelle:", "quellen:", "source:", "sources:", "fuente:", "fonte:", "bron:", "źródło:",
        // newsletters and follow prompts
        "newsletter", "sign up for", "subscribe to our", "follow us", "folge uns", "folgen sie uns", "abonnieren sie",
        "suivez-nous", "síguenos", "seguici", "siga-nos", "volg ons",
    ];

    /// <summary>Words that are furniture when they make up the whole line, alone or side by side: an ad slot's label,
    /// a like button and its loading text ("Like Loading..."), an image viewer's buttons ("Bild anzeigen Bild
    /// schließen").</summary>
    private static readonly string[] WholeLines =
    [
        "advertisement", "advertising", "anzeige", "werbung", "reklama", "publicidad", "publicité", "pubblicità",
        "publicidade", "advertentie", "sponsored", "gesponsert", "advertorial", "gefällt mir", "like this", "like",
        "j'aime", "me gusta", "mi piace", "lubię to", "loading...", "loading…", "lade...", "lade…", "chargement...",
        "chargement…", "cargando...", "cargando…", "caricamento...", "caricamento…", "carregando...", "carregando…",
        "laden...", "laden…", "ładowanie...", "ładowanie…", "bild anzeigen", "bild schließen", "bild vergrößern",
        "vergrößern", "enlarge image", "view image", "show image", "close image", "view this image", "view this photo",
        "view this video", "view on instagram", "view on twitter", "view on youtube", "watch on youtube", "zum shop", "shop now", "buy now",
        "jetzt kaufen", "jetzt bestellen", "zum angebot", "zum produkt", "beitrag teilen", "seite teilen",
        "erschienen in", "published in",
    ];

    /// <summary>Longest first within a letter, so that "like this" is taken whole before "like".</summary>
    private static readonly FrozenDictionary<char, string[]> WholeLinesByFirstLetter =
        ByFirstLetter(WholeLines.OrderByDescending(label => label.Length));

    public static bool IsFurniture(string paragraph)
    {
        if (paragraph.Length > MaxLength)
        {
            return false;
        }
        return StartsWithLabel(paragraph, out _) || IsLabelRow(paragraph) || IsWholeLineLabel(paragraph);
    }

    private static bool IsWholeLineLabel(string line)
    {
        const string Marks = " *»›>→►▸•·-–—|:!#[]()";
        var text = line.AsSpan().Trim(Marks.AsSpan());
        while (!text.IsEmpty)
        {
            var rest = AfterWholeLineLabel(text);
            if (rest.Length == text.Length)
            {
                // Nothing but a full stop may be left: "Anzeige." is a label, "Anzeige erstattet." is not.
                return text.SequenceEqual(".");
            }
            text = rest.TrimStart(Marks.AsSpan());
        }
        return true;
    }

    /// <summary>The text after the whole-line label it begins with, or the text itself when it begins with none.</summary>
    private static ReadOnlySpan<char> AfterWholeLineLabel(ReadOnlySpan<char> text)
    {
        if (!WholeLinesByFirstLetter.TryGetValue(char.ToLowerInvariant(text[0]), out var candidates))
        {
            return text;
        }
        foreach (var label in candidates)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && EndsWord(text, label.Length))
            {
                return text[label.Length..];
            }
        }
        return text;
    }

    /// <summary>A row of fields or links set apart by bars or dashes: "Impressum | Datenschutz | © 2021 X",
    /// "page.html - Created 03-10-2004 - Last Modified: 03-10-2004": two labelled parts, or a field label ("...:") after
    /// the first part.</summary>
    private static bool IsLabelRow(string line)
    {
        var labelled = 0;
        foreach (var separator in RowSeparators.All)
        {
            if (!line.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }
            var parts = line.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                if (StartsWithLabel(parts[i], out var label) && (++labelled >= 2 || i > 0 && IsField(parts[i], label)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"Last Modified: …": the label names a field whose value follows a colon.</summary>
    private static bool IsField(string part, string label) =>
        label.EndsWith(':') || part.Length > label.Length && part.AsSpan(label.Length).TrimStart().StartsWith(":");

    private static readonly FrozenDictionary<char, string[]> LabelsByFirstLetter = ByFirstLetter(Labels);

    /// <summary>Labels by their first letter (lower case), in the order given: a line is compared with the few that can
    /// begin it.</summary>
    private static FrozenDictionary<char, string[]> ByFirstLetter(IEnumerable<string> labels) => labels
        .GroupBy(label => char.ToLowerInvariant(label[0]))
        .ToFrozenDictionary(group => group.Key, group => group.ToArray());

    private static bool StartsWithLabel(string line, out string matched)
    {
        var text = line.AsSpan().TrimStart(" »›>→►▸•·-–—|*#(".AsSpan());
        if (text.IsEmpty || !LabelsByFirstLetter.TryGetValue(char.ToLowerInvariant(text[0]), out var candidates))
        {
            matched = "";
            return false;
        }
        foreach (var label in candidates)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && EndsWord(text, label.Length)
                && (!IsBareWord(label) || text.Length <= label.Length + BareWordRest))
            {
                matched = label;
                return true;
            }
        }
        matched = "";
        return false;
    }

    /// <summary>A one-word label without a colon or a full stop ("Kommentare", "Impressum"; but "Werbung." is a
    /// disclosure) may begin a sentence, so it counts only when little follows it ("Kommentare (3)", "Aktualisiert
    /// 03.04.2020, 10:00").</summary>
    private static bool IsBareWord(string label) =>
        !label.Contains(' ') && !label.EndsWith(':') && !label.EndsWith('.') && label != "©";

    /// <summary>"Tags" must not match "Tagsüber", "Stand" not "Standard".</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int at) =>
        at >= text.Length || !char.IsLetter(text[at]) || !char.IsLetter(text[at - 1]);
}
