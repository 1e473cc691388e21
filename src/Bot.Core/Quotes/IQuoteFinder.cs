using Bot.Core.Articles;

namespace Bot.Core.Quotes;

/// <summary>Finds verbatim quotes: the key quotes of an article, or the passages about a topic.</summary>
public interface IQuoteFinder
{
    Task<QuoteSelection> FindAsync(Article article, QuoteRequest request, CancellationToken cancellationToken);
}
