using Bot.Core.Articles;
using Bot.Core.Summaries;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>
/// Summaries from the configured LLM through Semantic Kernel prompt functions; long articles are summarized in
/// chunks (in parallel) and then combined. When the LLM cannot answer within the budget, the fallback summarizer does,
/// and the summary says so.
/// </summary>
internal sealed partial class LlmSummarizer(
    LlmInvoker llm,
    ArticleChunker chunker,
    LlmOptions options,
    ISummarizer fallback,
    TimeProvider time,
    ILogger<LlmSummarizer> logger) : ISummarizer
{
    public string Id => options.ModelId;

    public async Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        using var deadline = new LlmDeadline(options, time, cancellationToken);
        try
        {
            var bullets = await SummarizeWithLlmAsync(article, request, deadline.Token).ConfigureAwait(false);
            return new Summary(bullets, Id, []);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(Id, fallback.Id, LlmDeadline.Reason(e));
            var summary = await fallback.SummarizeAsync(article, request, cancellationToken).ConfigureAwait(false);
            return summary with
            {
                Notices = [.. summary.Notices, $"the LLM was unavailable; summary by the {fallback.Id} summarizer"],
            };
        }
    }

    private async Task<IReadOnlyList<string>> SummarizeWithLlmAsync(Article article, SummaryRequest request, CancellationToken ct)
    {
        var kernel = llm.CreateKernel();
        var count = request.Length.BulletCount();
        var budget = options.ArticleTokenBudget;
        if (chunker.Count(article.Paragraphs) <= budget)
        {
            return await BulletsAsync(kernel, PromptName.Summarize, PromptArguments.Summarize(article, article.Paragraphs, request), count, ct)
                .ConfigureAwait(false);
        }

        var chunks = chunker.Split(article.Paragraphs, budget);
        var notes = await Task.WhenAll(chunks.Select((chunk, i) => BulletsAsync(
                kernel, PromptName.SummarizeChunk,
                PromptArguments.SummarizeChunk(article, chunk.Select(p => p.Text), i + 1, chunks.Count, request), count, ct)))
            .ConfigureAwait(false);
        return await CombineAsync(kernel, article, notes.SelectMany(n => n).ToList(), request, ct).ConfigureAwait(false);
    }

    /// <summary>Merges chunk notes into the summary; notes too long for one call are merged in groups first.</summary>
    private async Task<IReadOnlyList<string>> CombineAsync(
        Kernel kernel, Article article, IReadOnlyList<string> notes, SummaryRequest request, CancellationToken ct)
    {
        var count = request.Length.BulletCount();
        for (var round = 0; round < 3 && chunker.Count(notes) > options.ArticleTokenBudget; round++)
        {
            var groups = chunker.Split(notes, options.ArticleTokenBudget);
            var merged = await Task.WhenAll(groups.Select(group => BulletsAsync(
                    kernel, PromptName.Combine, PromptArguments.Combine(article, group.Select(p => p.Text), request), count, ct)))
                .ConfigureAwait(false);
            notes = merged.SelectMany(m => m).ToList();
        }
        return await BulletsAsync(kernel, PromptName.Combine, PromptArguments.Combine(article, notes, request), count, ct)
            .ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<string>> BulletsAsync(
        Kernel kernel, PromptName prompt, KernelArguments arguments, int count, CancellationToken ct)
    {
        var answer = await llm.InvokeAsync(kernel, prompt, arguments, ct).ConfigureAwait(false);
        var bullets = BulletParser.Parse(answer, count);
        return bullets.Count > 0 ? bullets : throw new LlmUnavailableException("the answer had no bullets");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary by {LlmId} failed ({Reason}); answering with {FallbackId}")]
    private partial void LogFallback(string llmId, string fallbackId, string reason);
}
