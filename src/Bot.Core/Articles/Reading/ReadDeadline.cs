using Bot.Core.Articles.Fetching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Articles.Reading;

/// <summary>
/// Bounds the whole read of one page (fetch, decode, parse, extraction) by <see cref="FetchOptions.ReadTimeout"/>, so no
/// request holds a work slot past it. The read gets a token that the deadline cancels; running out of time becomes
/// an <see cref="ArticleException"/> of kind <see cref="ArticleErrorKind.Timeout"/>, while the caller's own
/// cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class ReadDeadline(IOptions<FetchOptions> options, TimeProvider time, ILogger<ReadDeadline> logger)
{
    public const string Message = "That page took too long to read.";

    public TimeSpan Limit { get; } = options.Value.ReadTimeout;

    public async Task<T> RunAsync<T>(string source, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(Limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await read(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Reading {Source} took longer than {ReadTimeout}; stopped", source, Limit);
            throw new ArticleException(ArticleErrorKind.Timeout, Message, ex);
        }
    }
}
