using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises a teaser of another page: a short paragraph cut off and closed by a "more" link ("Auskunft über
/// vergangenes Wetter… mehr", "… [więcej]", "Read more »", "Lire la suite").
/// </summary>
internal static partial class TeaserLines
{
    private const int MaxLength = 400;

    [GeneratedRegex(@"(…|\.\.\.|\[)\s*(mehr|weiterlesen|more|read more|continue reading|lire la suite|la suite|leer más|seguir leyendo|continua a leggere|leggi tutto|leia mais|continue lendo|lees verder|lees meer|więcej|czytaj dalej)\W{0,6}$|\b(weiterlesen|read more|continue reading|lire la suite|leer más|seguir leyendo|leggi tutto|leia mais|lees verder|czytaj dalej)\s*[»›→>]*\W{0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)] // anchored at the end: read from there
    private static partial Regex MoreLink();

    public static bool IsTeaser(string paragraph) => paragraph.Length <= MaxLength && MoreLink().IsMatch(paragraph);
}
