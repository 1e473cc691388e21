namespace Bot.Core.Text;

/// <summary>The marker that opens a list item in plain text: "+ ", "- ", "* ", "• ", "– ", or "3. " / "3) ".</summary>
public static class ListMarker
{
    private const int MaxNumberDigits = 3;

    /// <summary>Length of the marker at <paramref name="start"/> with the spaces after it, or 0 when there is none.</summary>
    public static int LengthAt(string text, int start)
    {
        var end = start;
        if (end < text.Length && text[end] is '+' or '-' or '*' or '•' or '–')
        {
            end++;
        }
        else
        {
            while (end < text.Length && end - start < MaxNumberDigits && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            if (end == start || end >= text.Length || text[end] is not ('.' or ')'))
            {
                return 0;
            }
            end++;
        }
        if (end >= text.Length || text[end] != ' ')
        {
            return 0;
        }
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        return end - start;
    }
}
