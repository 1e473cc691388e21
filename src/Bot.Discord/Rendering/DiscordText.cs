namespace Bot.Discord.Rendering;

/// <summary>Length limits applied to already-escaped text, without cutting an escape or a surrogate pair.</summary>
internal static class DiscordText
{
    private const char Ellipsis = '…';

    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = Math.Max(0, maxLength - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        // Drop a dangling escape: an odd run of backslashes at the cut would escape the ellipsis (or nothing).
        var backslashes = 0;
        while (cut - backslashes > 0 && text[cut - backslashes - 1] == '\\')
            backslashes++;
        if (backslashes % 2 == 1)
            cut--;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis.ToString());
    }
}
