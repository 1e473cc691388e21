using Bot.Core.Articles;
using Bot.Core.Text;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// The embedded extractive summarizer: ranks sentences by a lead prior with directed centrality and likeness to the
/// title (<see cref="SentenceRanking"/>), picks them within a word budget (<see cref="BudgetedSelector"/>) and returns
/// whole sentences in the article's order. Needs no model or key.
/// </summary>
public sealed class OfflineSummarizer : ISummarizer
{
    public const string SummarizerId = "offline";
    public const string OfflineNotice = "summary by the offline summarizer";
    public const string TranslationNotice = "the summary is in the article's language: translation needs an LLM summarizer";

    public string Id => SummarizerId;

    public Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = ArticleAnalysis.Of(article);
        var bullets = Bullets(analysis, request.Length);

        var notices = new List<string> { OfflineNotice };
        if (NeedsTranslation(request.Language, article.Language))
        {
            notices.Add(TranslationNotice);
        }
        return Task.FromResult(new Summary(bullets, SummarizerId, notices));
    }

    /// <summary>
    /// The chosen sentences as bullets (<see cref="BulletText"/>), in reading order, within the length's word budget;
    /// fragments (list items) fill up only on a page made mostly of them.
    /// </summary>
    public static IReadOnlyList<string> Bullets(ArticleAnalysis analysis, SummaryLength length)
    {
        var candidates = analysis.BulletCandidates;
        var count = length.BulletCount();
        var picked = BudgetedSelector.Select(candidates.Whole, analysis, count, length.WordBudget());
        if (picked.Count < count)
        {
            picked = BudgetedSelector.Select(candidates.Fallback, analysis, count, length.WordBudget(), picked);
        }
        return picked.OrderBy(s => s.Index).Select(s => BulletText.Of(s.Text)).ToList();
    }

    private static bool NeedsTranslation(string? requested, string? articleLanguage)
    {
        var target = LanguageGuess.Normalize(requested);
        return target is not null && target != LanguageGuess.Normalize(articleLanguage);
    }
}
