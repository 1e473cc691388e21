namespace Bot.Core.Text;

/// <summary>The language code to analyze with: from the article's tag, or guessed cheaply from its text.</summary>
public static class LanguageGuess
{
    /// <summary>"en-US" → "en"; null or blank → null.</summary>
    public static string? Normalize(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return null;
        }
        var code = languageTag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 ? code : null;
    }

    /// <summary>"en" when English function words are common in the sample, otherwise "" (unknown).</summary>
    public static string FromText(string sample)
    {
        var tokens = WordTokenizer.Tokenize(sample.Length > 4000 ? sample[..4000] : sample);
        if (tokens.Count == 0)
        {
            return "";
        }
        var stopWords = tokens.Count(StopWords.IsEnglishStopWord);
        return stopWords >= tokens.Count * 0.2 ? "en" : "";
    }
}
