namespace Bot.Core.Text;

/// <summary>Tells a headline set in Title Case ("Vidyard Launches New Tools for Businesses") from running text.</summary>
public static class HeadlineCase
{
    private const int MinLetters = 4;

    /// <summary>True when more than half of the words of four or more letters start with a capital letter.</summary>
    public static bool IsTitleCase(string text)
    {
        var longWords = 0;
        var capitalised = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Count(char.IsLetter) < MinLetters)
            {
                continue;
            }
            longWords++;
            if (char.IsUpper(word.FirstOrDefault(char.IsLetter)))
            {
                capitalised++;
            }
        }
        return capitalised * 2 > longWords;
    }
}
