using Bot.Core.Articles;
using Bot.Core.Quotes;

namespace Bot.Core.Llm;

/// <summary>
/// Tops up the verified quotes the model chose with the fallback finder's, when there are too few; a fallback quote
/// that repeats a passage to avoid (a summary bullet) is left out too.
/// </summary>
internal static class QuoteFill
{
    public static async Task<QuoteSelection> FillAsync(
        IQuoteFinder fallback, Article article, QuoteRequest request, IReadOnlyList<Quote> verified, string llmId,
        CancellationToken cancellationToken)
    {
        if (verified.Count >= request.Count)
        {
            return new QuoteSelection(verified.Take(request.Count).ToList(), llmId, []);
        }
        var more = await fallback.FindAsync(article, request, cancellationToken).ConfigureAwait(false);
        var fresh = more.Quotes
            .Where(q => request.Avoid is null || !BulletEcho.Repeats(q.Text, request.Avoid))
            .Where(q => !verified.Any(v => v.Paragraph == q.Paragraph && VerbatimText.Normalize(v.Text) == VerbatimText.Normalize(q.Text)));
        if (verified.Count == 0)
        {
            return more with
            {
                Quotes = fresh.Take(request.Count).ToList(),
                Notices = [.. more.Notices, $"the LLM chose no usable quotes; quotes chosen by the {more.FinderId} finder"],
            };
        }
        return new QuoteSelection(verified.Concat(fresh).Take(request.Count).ToList(), llmId, more.Notices);
    }
}
