using Bot.Core.Articles;
using Bot.Core.Quotes;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>
/// Quotes chosen by the LLM, but only ever verbatim: every proposed span is checked against the article and invented
/// ones are dropped; too few left are filled from the fallback finder, which also answers when the LLM cannot.
/// </summary>
internal sealed partial class LlmQuoteFinder(
    LlmInvoker llm,
    ArticleChunker chunker,
    LlmOptions options,
    IQuoteFinder fallback,
    LlmMetrics metrics,
    TimeProvider time,
    ILogger<LlmQuoteFinder> logger) : IQuoteFinder
{
    public string Id => options.ModelId;

    public async Task<QuoteSelection> FindAsync(Article article, QuoteRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<QuoteCandidate> candidates;
        using (var deadline = new LlmDeadline(options, time, cancellationToken))
        {
            try
            {
                candidates = await CandidatesAsync(article, request, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                metrics.Fallback("quotes");
                LogFallback(Id, LlmDeadline.Reason(e));
                var answer = await fallback.FindAsync(article, request, cancellationToken).ConfigureAwait(false);
                return answer with
                {
                    Notices = [.. answer.Notices, $"the LLM was unavailable; quotes chosen by the {answer.FinderId} finder"],
                };
            }
        }

        if (request.Topic is not null && candidates.Count == 0)
        {
            return new QuoteSelection([], Id, [$"no passage about \"{request.Topic}\" in this article"]);
        }

        var verified = new QuoteVerifier(article).Verify(candidates, request.Avoid);
        if (verified.Count < candidates.Count)
        {
            LogDropped(Id, candidates.Count - verified.Count, candidates.Count);
        }
        return await QuoteFill.FillAsync(fallback, article, request, verified, Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The model's proposals; a long article is asked about in chunks, whose answers are interleaved.</summary>
    private async Task<IReadOnlyList<QuoteCandidate>> CandidatesAsync(Article article, QuoteRequest request, CancellationToken ct)
    {
        var kernel = llm.CreateKernel();
        var chunks = chunker.Split(article.Paragraphs, options.ArticleTokenBudget);
        if (chunks.Count == 0)
        {
            return [];
        }
        var answers = await Task.WhenAll(chunks.Select(chunk => AskAsync(kernel, article, chunk, request, ct))).ConfigureAwait(false);
        var longest = answers.Max(a => a.Count);
        return Enumerable.Range(0, longest)
            .SelectMany(rank => answers.Where(a => rank < a.Count).Select(a => a[rank]))
            .ToList();
    }

    private async Task<IReadOnlyList<QuoteCandidate>> AskAsync(
        Kernel kernel, Article article, IReadOnlyList<ArticlePiece> chunk, QuoteRequest request, CancellationToken ct)
    {
        var (prompt, arguments) = request.Topic is { } topic
            ? (PromptName.TopicQuotes, PromptArguments.TopicQuotes(article, chunk, topic, request.Count))
            : (PromptName.KeyQuotes, PromptArguments.KeyQuotes(article, chunk, request.Count, request.Avoid));
        var answer = await llm.InvokeAsync(kernel, prompt, arguments, ct).ConfigureAwait(false);
        return QuoteAnswerParser.Parse(answer) ?? throw new LlmUnavailableException("the quotes answer was not readable JSON");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quotes by {LlmId} failed ({Reason}); answering with the fallback finder")]
    private partial void LogFallback(string llmId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Dropped} of {Proposed} quotes proposed by {LlmId}: not verbatim, too short or repeated")]
    private partial void LogDropped(string llmId, int dropped, int proposed);
}
