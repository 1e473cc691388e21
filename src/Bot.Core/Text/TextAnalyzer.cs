namespace Bot.Core.Text;

/// <summary>
/// Turns text into index terms for one language: tokens, minus stop words, stemmed (Porter for English, a light stemmer
/// for German, French, Spanish, Italian, Portuguese and Dutch). Other languages keep their tokens as they are, so
/// ranking still works, only less sharply.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly IReadOnlySet<string> _stopWords;

    private TextAnalyzer(string language)
    {
        Language = language;
        _stopWords = StopWords.For(language);
    }

    /// <summary>ISO 639-1 code the analyzer works for, or "" when the language is unknown.</summary>
    public string Language { get; }

    /// <summary>An analyzer for a language tag such as "en-GB"; guesses from the sample when the tag is missing.</summary>
    public static TextAnalyzer For(string? languageTag, string sample) =>
        new(LanguageGuess.Normalize(languageTag) ?? LanguageGuess.FromText(sample));

    public List<string> Terms(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (_stopWords.Contains(token) || token.Length == 1 && char.IsAsciiLetterOrDigit(token[0]))
            {
                continue;
            }
            terms.Add(Language == "en" ? PorterStemmer.Stem(token) : LightStemmer.Stem(token, Language));
        }
        return terms;
    }
}
