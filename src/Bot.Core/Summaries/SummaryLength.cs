namespace Bot.Core.Summaries;

public enum SummaryLength
{
    Short,
    Medium,
    Long,
}

public static class SummaryLengthExtensions
{
    /// <summary>How many bullets a summary of this length aims for.</summary>
    public static int BulletCount(this SummaryLength length) => length switch
    {
        SummaryLength.Short => 3,
        SummaryLength.Medium => 5,
        SummaryLength.Long => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, null),
    };

    /// <summary>
    /// Words a summary of this length may hold: about a news highlight box for Short (people's summaries of a news
    /// story run to 35-45 words), so bullets are chosen to fit rather than cut.
    /// </summary>
    public static int WordBudget(this SummaryLength length) => length switch
    {
        SummaryLength.Short => 65,
        SummaryLength.Medium => 120,
        SummaryLength.Long => 200,
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, null),
    };

    /// <summary>How many key quotes go with a summary of this length.</summary>
    public static int KeyQuoteCount(this SummaryLength length) => length == SummaryLength.Short ? 2 : 3;

    public static bool TryParse(string? value, out SummaryLength length) =>
        Enum.TryParse(value, ignoreCase: true, out length) && Enum.IsDefined(length);
}
