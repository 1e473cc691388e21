using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Text;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// The embedded extractive summarizer: ranks sentences by centrality (LexRank) with position and title priors,
/// removes redundancy with MMR, and returns whole sentences in the article's order. Needs no model or key.
/// </summary>
public sealed partial class OfflineSummarizer : ISummarizer
{
    public const string SummarizerId = "offline";
    public const string OfflineNotice = "summary by the offline summarizer";
    public const string TranslationNotice = "the summary is in the article's language: translation needs an LLM summarizer";

    public string Id => SummarizerId;

    public Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = ArticleAnalysis.Of(article);
        var bullets = Bullets(analysis, request.Length.BulletCount());

        var notices = new List<string> { OfflineNotice };
        if (NeedsTranslation(request.Language, article.Language))
        {
            notices.Add(TranslationNotice);
        }
        return Task.FromResult(new Summary(bullets, SummarizerId, notices));
    }

    /// <summary>
    /// The chosen sentences as bullets: whole sentences, in reading order, whitespace tidied, a leading dateline
    /// ("LONDON — ") or list marker cut off; what is left is still a verbatim span of the article.
    /// </summary>
    public static IReadOnlyList<string> Bullets(ArticleAnalysis analysis, int count)
    {
        var candidates = analysis.BulletCandidates;
        var picked = MmrSelector.Select(candidates.Whole, analysis.Ranking, count);
        if (picked.Count < count)
        {
            picked.AddRange(MmrSelector.Select(candidates.Fallback, analysis.Ranking, count - picked.Count));
        }
        return picked
            .OrderBy(s => s.Index)
            .Select(s => Whitespace().Replace(WithoutLead(s.Text), " "))
            .ToList();
    }

    private static string WithoutLead(string sentence)
    {
        var text = sentence[SentenceCues.DatelineLength(sentence)..].Trim();
        return text[ListMarker.LengthAt(text, 0)..];
    }

    private static bool NeedsTranslation(string? requested, string? articleLanguage)
    {
        var target = LanguageGuess.Normalize(requested);
        return target is not null && target != LanguageGuess.Normalize(articleLanguage);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
