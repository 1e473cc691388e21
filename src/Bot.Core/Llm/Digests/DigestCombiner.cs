using Bot.Core.Articles;
using Bot.Core.Summaries;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>
/// The reduce step of a long article's digest: the parts' bullets and their verified candidate quotes go to one
/// combine call, which picks the final bullets and quotes. Parts too many for one call are combined in groups first.
/// </summary>
internal sealed class DigestCombiner(
    DigestCall calls, ArticleChunker chunker, Kernel kernel, Article article, SummaryRequest request, int budget)
{
    private const int MaxRounds = 3;

    private readonly QuoteVerifier _verifier = new(article);

    public async Task<DigestAnswer> CombineAsync(IReadOnlyList<DigestAnswer> parts, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds && Cost(parts) > budget; round++)
        {
            var groups = Groups(parts);
            if (groups.Count == parts.Count)
            {
                break;
            }
            parts = await Task.WhenAll(groups.Select(group => CombineOnceAsync(group, ct))).ConfigureAwait(false);
        }
        return await CombineOnceAsync(parts, ct).ConfigureAwait(false);
    }

    private Task<DigestAnswer> CombineOnceAsync(IReadOnlyList<DigestAnswer> parts, CancellationToken ct)
    {
        var notes = parts.SelectMany(p => p.Bullets).ToList();
        var candidates = _verifier.Verify(Interleaved(parts), null);
        return calls.AskAsync(
            kernel, PromptName.Combine, PromptArguments.Combine(article, notes, candidates, request), request.Length.BulletCount(), ct);
    }

    /// <summary>The parts' candidates, best of each part first, so no part's quotes crowd out the others'.</summary>
    private static IEnumerable<QuoteCandidate> Interleaved(IReadOnlyList<DigestAnswer> parts) =>
        Enumerable.Range(0, parts.Count == 0 ? 0 : parts.Max(p => p.Quotes.Count))
            .SelectMany(rank => parts.Where(p => rank < p.Quotes.Count).Select(p => p.Quotes[rank]));

    private List<List<DigestAnswer>> Groups(IReadOnlyList<DigestAnswer> parts)
    {
        var groups = new List<List<DigestAnswer>> { new() };
        var used = 0;
        foreach (var part in parts)
        {
            var cost = Cost([part]);
            if (groups[^1].Count > 0 && used + cost > budget)
            {
                groups.Add([]);
                used = 0;
            }
            groups[^1].Add(part);
            used += cost;
        }
        return groups;
    }

    private int Cost(IReadOnlyList<DigestAnswer> parts) =>
        chunker.Count(parts.SelectMany(p => p.Bullets.Concat(p.Quotes.Select(q => q.Text))));
}
