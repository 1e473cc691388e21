using Bot.Core.Articles;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Digests;
using Bot.Core.Summaries;

namespace Bot.Core.Chat.Handlers;

/// <summary>
/// Fetch + digest under the guard rails: at most <see cref="ChatOptions.MaxConcurrentWork"/> at once with a bounded
/// queue, and identical requests in flight computed once.
/// </summary>
public sealed class ArticleWork(IArticleSource articles, DigestService digests, WorkGate gate)
{
    private readonly SharedWork<ArticleDigest> _shared = new();

    public Task<ArticleDigest> SummarizeAsync(Uri url, SummaryRequest request, CancellationToken cancellationToken) =>
        _shared.RunAsync(
            $"summary|{url}|{request.Length}|{request.Language}",
            () => GatedAsync(async ct => await digests.SummarizeAsync(await articles.GetAsync(url, ct), request, ct)),
            cancellationToken);

    public Task<ArticleDigest> QuotesAsync(Uri url, string? topic, int count, CancellationToken cancellationToken) =>
        _shared.RunAsync(
            $"quotes|{url}|{topic?.ToUpperInvariant()}|{count}",
            () => GatedAsync(async ct => await digests.QuotesAsync(await articles.GetAsync(url, ct), topic, count, ct)),
            cancellationToken);

    private async Task<ArticleDigest> GatedAsync(Func<CancellationToken, Task<ArticleDigest>> work)
    {
        // Shared work is not cancelled by one asker; the fetcher's and summarizer's own time limits bound it.
        using var lease = await gate.EnterAsync(CancellationToken.None) ?? throw new BusyException();
        return await work(CancellationToken.None);
    }
}
