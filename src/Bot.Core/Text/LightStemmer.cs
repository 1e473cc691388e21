using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>
/// Light stemming for German, French, Spanish, Italian, Portuguese and Dutch, in the spirit of Savoy's light stemmers:
/// accents folded ("Häuser" → "hauser"), then the longest inflectional or common derivational ending removed while a
/// stem of at least <see cref="MinStem"/> letters is left ("regierungen" → "regier", "políticas" → "politic"). It only
/// has to make the forms of one word meet within one article; it is not a dictionary.
/// </summary>
public static class LightStemmer
{
    private const int MinStem = 4;

    private static readonly Dictionary<string, string[]> Endings = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["de"] = ["ungen", "heiten", "keiten", "ischen", "lichen", "ung", "heit", "keit", "isch", "lich", "ern", "em", "en", "er", "es", "e", "n", "s"],
        ["fr"] = ["issements", "issement", "ements", "ement", "ations", "ation", "atrices", "atrice", "ateurs", "ateur", "euses", "euse", "ités", "ité", "ives", "ive", "ifs", "if", "eux", "aux", "ées", "ée", "és", "es", "er", "é", "e", "s", "x"],
        ["es"] = ["amientos", "imientos", "amiento", "imiento", "aciones", "ación", "idades", "idad", "mente", "istas", "ista", "ables", "able", "ores", "or", "ales", "al", "os", "as", "es", "o", "a", "e", "s"],
        ["it"] = ["amenti", "amento", "azioni", "azione", "mente", "ità", "iste", "isti", "ista", "ismo", "ori", "ore", "ali", "ale", "i", "e", "o", "a"],
        ["pt"] = ["amentos", "amento", "ações", "ação", "idades", "idade", "mente", "istas", "ista", "ores", "or", "ais", "al", "os", "as", "es", "o", "a", "e", "s"],
        ["nl"] = ["heden", "heid", "ingen", "ing", "lijke", "lijk", "isch", "ische", "en", "er", "e", "s"],
    }.ToDictionary(e => e.Key, e => e.Value.Select(FoldAccents).OrderByDescending(x => x.Length).ToArray(), StringComparer.Ordinal);

    public static bool Supports(string language) => Endings.ContainsKey(language);

    /// <summary>The stem of a lower-case word; the word itself for a language without a stemmer.</summary>
    public static string Stem(string word, string language)
    {
        if (!Endings.TryGetValue(language, out var endings))
        {
            return word;
        }
        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe is > 0 and <= 5 && language is "fr" or "it")
        {
            word = word[(apostrophe + 1)..]; // elision: "l'économie", "dell'anno"
        }
        var folded = FoldAccents(word);
        foreach (var ending in endings)
        {
            if (folded.Length - ending.Length >= MinStem && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length];
            }
        }
        return folded;
    }

    private static string FoldAccents(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
