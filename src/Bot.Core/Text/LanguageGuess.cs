namespace Bot.Core.Text;

/// <summary>The language code to analyze with: from the article's tag, or guessed cheaply from its text.</summary>
public static class LanguageGuess
{
    private const int SampleChars = 4000;
    private const double MinStopWordShare = 0.15;

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

    /// <summary>
    /// The language among <see cref="StopWords.Languages"/> whose function words are commonest in the sample, when they
    /// make up a good share of it (running text has plenty); otherwise "" (unknown).
    /// </summary>
    public static string FromText(string sample)
    {
        var tokens = WordTokenizer.Tokenize(sample.Length > SampleChars ? sample[..SampleChars] : sample);
        if (tokens.Count == 0)
        {
            return "";
        }
        var best = "";
        var bestHits = 0;
        foreach (var language in StopWords.Languages)
        {
            var stopWords = StopWords.For(language);
            var hits = tokens.Count(stopWords.Contains);
            if (hits > bestHits)
            {
                (best, bestHits) = (language, hits);
            }
        }
        return bestHits >= tokens.Count * MinStopWordShare ? best : "";
    }
}
