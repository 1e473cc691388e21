using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises a photo credit: a short paragraph that begins with one ("Foto: dpa", "Bild: Werk", "Crédits photos :")
/// or ends with one in brackets ("… angekommen. (Foto: Privat)", "(REUTERS/Denis Balibouse)").
/// </summary>
internal static partial class CreditLines
{
    private const int MaxLength = 300;

    [GeneratedRegex(@"^\W{0,3}(fotos?|photos?|bild(er)?|titelbild|aufmacherbild|image|images|credits?|crédits?( photos?)?|crédito|créditos|fotograf[íi]a|photograph|illustration|grafik|quelle|foto di|photo by|picture|pictures)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    /// <summary>"Beitragsbild: Titelseite …", "Abbildung 4: klassische Schwachschicht.": a credit or a figure's caption,
    /// by its first words.</summary>
    [GeneratedRegex(@"^\W{0,3}(beitragsbild|headerbild|titelfoto|(abbildung|abb\.|figure|fig\.|grafik|tabelle|table)\s*\d*\s*:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCaption();

    /// <summary>"Photograph by Ed Marshall, Redonda Restoration Programme", "Foto von Anna Muster": a credit that names
    /// its maker ("by", "von", "de", "di", "par"), on a line of its own (no sentence follows it).</summary>
    [GeneratedRegex(@"^\W{0,3}(photo(graph)?s?|photography|images?|illustrations?|videos?|fotos?|bild(er)?)\s+(by|von|de|di|par)\s[^.!?]{1,120}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\(\s*(fotos?|photos?|bild|crédito|créditos?|crédits?|credits?|image|quelle|source|fuente|fonte|reuters|afp|ap|dpa|epa|efe|getty|imago|keystone|ansa)\b[^()]{0,100}\)\W{0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    /// <summary>"… mobilisieren. © Pferderevue": a copyright sign and a name close the caption.</summary>
    [GeneratedRegex(@"(©|\(c\))\s*[^.!?©]{1,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCopyright();

    public static bool IsCredit(string paragraph) =>
        paragraph.Length <= MaxLength && (paragraph.StartsWith('©') || Leading().IsMatch(paragraph) || LeadingCaption().IsMatch(paragraph)
            || LeadingBy().IsMatch(paragraph)
            || Trailing().IsMatch(paragraph) || TrailingCopyright().IsMatch(paragraph));
}
