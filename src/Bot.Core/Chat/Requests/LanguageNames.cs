namespace Bot.Core.Chat.Requests;

/// <summary>Turns what people type after "in" ("german", "de", "Deutsch") into an ISO 639-1 code.</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["german"] = "de", ["deutsch"] = "de", ["french"] = "fr", ["français"] = "fr",
        ["spanish"] = "es", ["español"] = "es", ["italian"] = "it", ["portuguese"] = "pt", ["dutch"] = "nl",
        ["polish"] = "pl", ["russian"] = "ru", ["ukrainian"] = "uk", ["czech"] = "cs", ["swedish"] = "sv",
        ["norwegian"] = "no", ["danish"] = "da", ["finnish"] = "fi", ["greek"] = "el", ["turkish"] = "tr",
        ["arabic"] = "ar", ["hebrew"] = "he", ["hindi"] = "hi", ["japanese"] = "ja", ["chinese"] = "zh",
        ["korean"] = "ko", ["vietnamese"] = "vi", ["indonesian"] = "id", ["romanian"] = "ro", ["hungarian"] = "hu",
    };

    /// <summary>The code for a language name, or the value itself when it already looks like a code ("de", "pt-BR").</summary>
    public static string? ToCode(string value)
    {
        if (Codes.TryGetValue(value, out var code))
        {
            return code;
        }

        var looksLikeCode = value.Length is >= 2 and <= 8
            && value.All(c => char.IsAsciiLetter(c) || c == '-')
            && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1])
            && (value.Length == 2 || value[2] == '-');
        return looksLikeCode ? value.ToLowerInvariant() : null;
    }
}
