namespace Bot.Core.Llm;

/// <summary>A paragraph of the article, or a piece of one too long for a single call.</summary>
internal sealed record ArticlePiece(int Paragraph, string Text);

/// <summary>Splits an article on paragraph boundaries into chunks that each fit a token budget.</summary>
internal sealed class ArticleChunker(TokenCounter tokens)
{
    // Paragraphs are joined by a blank line, roughly one token each.
    private const int SeparatorTokens = 1;

    public IReadOnlyList<IReadOnlyList<ArticlePiece>> Split(IReadOnlyList<string> paragraphs, int budget)
    {
        var chunks = new List<IReadOnlyList<ArticlePiece>>();
        var current = new List<ArticlePiece>();
        var used = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var piece in Pieces(i, paragraphs[i], budget))
            {
                var cost = tokens.Count(piece.Text) + SeparatorTokens;
                if (current.Count > 0 && used + cost > budget)
                {
                    chunks.Add(current);
                    current = [];
                    used = 0;
                }
                current.Add(piece);
                used += cost;
            }
        }
        if (current.Count > 0)
        {
            chunks.Add(current);
        }
        return chunks;
    }

    public int Count(IEnumerable<string> paragraphs) => paragraphs.Sum(p => tokens.Count(p) + SeparatorTokens);

    /// <summary>A paragraph over the budget is cut at token boundaries, preferring the last space before the cut.</summary>
    private IEnumerable<ArticlePiece> Pieces(int index, string paragraph, int budget)
    {
        var rest = paragraph;
        while (tokens.Count(rest) + SeparatorTokens > budget)
        {
            var cut = tokens.PrefixLength(rest, budget - SeparatorTokens);
            var space = rest.LastIndexOf(' ', Math.Max(0, cut - 1));
            if (space > cut / 2)
            {
                cut = space;
            }
            if (cut <= 0)
            {
                break;
            }
            yield return new ArticlePiece(index, rest[..cut].Trim());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
        {
            yield return new ArticlePiece(index, rest);
        }
    }
}
