namespace Bot.Core.Summaries.Offline;

/// <summary>Which sentences may become a summary bullet: whole, readable sentences that are not page furniture.</summary>
public static class BulletCandidates
{
    public const int MaxBulletLength = 400;

    public static bool Accepts(ArticleSentence sentence) =>
        sentence.Terms.Count > 0
        && SentenceShape.IsWholeSentence(sentence.Text, MaxBulletLength)
        && !SentenceCues.IsBoilerplate(sentence.Text);
}
