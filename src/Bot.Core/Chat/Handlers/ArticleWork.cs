using Bot.Core.Articles;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Digests;
using Bot.Core.Summaries;

namespace Bot.Core.Chat.Handlers;

/// <summary>
/// Fetch + digest under the guard rails: at most <see cref="ChatOptions.MaxConcurrentWork"/> at once with a bounded
/// queue, and identical requests in flight computed once: in this process by sharing the task, across instances by
/// taking turns (<see cref="IWorkLocks"/>), so the later instance finds the article and summary in the shared caches.
/// </summary>
public sealed class ArticleWork(IArticleSource articles, DigestService digests, WorkGate gate, IWorkLocks locks)
{
    private readonly SharedWork<ArticleDigest> _shared = new();

    public Task<ArticleDigest> SummarizeAsync(Uri url, SummaryRequest request, CancellationToken cancellationToken) =>
        _shared.RunAsync(
            $"summary|{url}|{request.Length}|{request.Language}",
            () => GatedAsync($"article|{url}", async ct => await digests.SummarizeAsync(await articles.GetAsync(url, ct), request, ct)),
            cancellationToken);

    public Task<ArticleDigest> QuotesAsync(Uri url, string? topic, int count, CancellationToken cancellationToken) =>
        _shared.RunAsync(
            $"quotes|{url}|{topic?.ToUpperInvariant()}|{count}",
            () => GatedAsync($"article|{url}", async ct => await digests.QuotesAsync(await articles.GetAsync(url, ct), topic, count, ct)),
            cancellationToken);

    private async Task<ArticleDigest> GatedAsync(string lockKey, Func<CancellationToken, Task<ArticleDigest>> work)
    {
        // Shared work is not cancelled by one asker; the fetcher's and summarizer's own time limits bound it.
        // The turn is per article (not per request), so a summary and quotes of one link never fetch it twice.
        await using var turn = await locks.WaitTurnAsync(lockKey, CancellationToken.None);
        using var lease = await gate.EnterAsync(CancellationToken.None) ?? throw new BusyException();
        return await work(CancellationToken.None);
    }
}
