using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Llm;

/// <summary>
/// A digest from the configured LLM: the summary bullets and the key quotes in one structured call, or, for an
/// article longer than the context, one call a part (in parallel) and one combine call. Quotes are kept only when
/// they stand word for word in the article and do not repeat a bullet; too few are topped up by the offline finder.
/// When the LLM cannot answer within the budget, the offline summarizer and finder do, and the summary says so.
/// </summary>
internal sealed partial class LlmSummarizer(
    DigestCall calls,
    LlmInvoker llm,
    ArticleChunker chunker,
    LlmOptions options,
    ISummarizer fallback,
    IQuoteFinder fallbackQuotes,
    LlmMetrics metrics,
    TimeProvider time,
    ILogger<LlmSummarizer> logger) : ISummarizer
{
    public string Id => options.ModelId;

    public async Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        DigestAnswer answer;
        using (var deadline = new LlmDeadline(options, time, cancellationToken))
        {
            try
            {
                answer = await DigestAsync(article, request, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                metrics.Fallback("digest");
                LogFallback(Id, fallback.Id, LlmDeadline.Reason(e));
                return await FallbackAsync(article, request, cancellationToken).ConfigureAwait(false);
            }
        }

        var verified = new QuoteVerifier(article).Verify(answer.Quotes, null)
            .Where(q => !BulletEcho.Repeats(q.Text, answer.Bullets))
            .ToList();
        if (verified.Count < answer.Quotes.Count)
        {
            LogDropped(Id, answer.Quotes.Count - verified.Count, answer.Quotes.Count);
        }
        var quoteRequest = new QuoteRequest(null, request.Length.KeyQuoteCount(), answer.Bullets);
        var quotes = await QuoteFill.FillAsync(fallbackQuotes, article, quoteRequest, verified, Id, cancellationToken).ConfigureAwait(false);
        return new Summary(answer.Bullets, Id, quotes.Notices) { KeyQuotes = quotes.Quotes };
    }

    private async Task<Summary> FallbackAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        var summary = await fallback.SummarizeAsync(article, request, cancellationToken).ConfigureAwait(false);
        var quotes = await fallbackQuotes.FindAsync(
            article, new QuoteRequest(null, request.Length.KeyQuoteCount(), summary.Bullets), cancellationToken).ConfigureAwait(false);
        // The fallback's own "summary by the offline summarizer" becomes the one notice that also says why.
        var byFallback = $"summary by the {fallback.Id} summarizer";
        return summary with
        {
            KeyQuotes = quotes.Quotes,
            Notices = [.. summary.Notices.Where(n => n != byFallback).Concat(quotes.Notices).Append($"the LLM was unavailable; {byFallback}").Distinct()],
        };
    }

    private async Task<DigestAnswer> DigestAsync(Article article, SummaryRequest request, CancellationToken ct)
    {
        var kernel = llm.CreateKernel();
        var count = request.Length.BulletCount();
        var budget = options.ArticleTokenBudget;
        if (chunker.Count(article.Paragraphs) <= budget)
        {
            var whole = article.Paragraphs.Select((text, i) => new ArticlePiece(i, text));
            return await calls.AskAsync(kernel, PromptName.Digest, PromptArguments.Digest(article, whole, null, request), count, ct)
                .ConfigureAwait(false);
        }

        var chunks = chunker.Split(article.Paragraphs, budget);
        var parts = await Task.WhenAll(chunks.Select((chunk, i) => calls.AskAsync(
                kernel, PromptName.Digest, PromptArguments.Digest(article, chunk, (i + 1, chunks.Count), request), count, ct)))
            .ConfigureAwait(false);
        return await new DigestCombiner(calls, chunker, kernel, article, request, options.CombineTokenBudget).CombineAsync(parts, ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest by {LlmId} failed ({Reason}); answering with {FallbackId}")]
    private partial void LogFallback(string llmId, string fallbackId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Dropped} of {Proposed} key quotes proposed by {LlmId}: not verbatim, too short, repeated or repeating a bullet")]
    private partial void LogDropped(string llmId, int dropped, int proposed);
}
