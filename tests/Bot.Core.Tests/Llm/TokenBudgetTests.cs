using Bot.Core.Llm;
using Bot.Testing;
using Bot.Testing.Corpora;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Llm;

public sealed class TokenBudgetTests(ITestOutputHelper output)
{
    private static readonly TokenCounter Tokens = new();

    [Fact]
    public void Chunks_respect_the_budget_keep_paragraph_order_and_cut_only_oversized_paragraphs()
    {
        var huge = string.Join(' ', Enumerable.Repeat("enormous", 600));
        var paragraphs = new List<string> { "Short one.", huge, "Another short one.", "And a last one." };
        var chunker = new ArticleChunker(Tokens);

        var chunks = chunker.Split(paragraphs, 150);

        Assert.All(chunks, c => Assert.True(chunker.Count(c.Select(p => p.Text)) <= 150));
        var pieces = chunks.SelectMany(c => c).ToList();
        Assert.Equal([0, 1, 2, 3], pieces.Select(p => p.Paragraph).Distinct());
        Assert.Equal(huge, string.Join(' ', pieces.Where(p => p.Paragraph == 1).Select(p => p.Text)));
        Assert.True(pieces.Count(p => p.Paragraph == 1) >= 4);
    }

    /// <summary>The figures for the issue note: what a 10,000-word article costs to send, at the default budget.</summary>
    [Fact]
    public void Token_counts_sent_for_a_10000_word_article()
    {
        var paragraphs = RealParagraphs(10_000);
        var words = paragraphs.Sum(Bot.Core.Articles.WordCounter.Count);
        var chunker = new ArticleChunker(Tokens);
        var options = new LlmOptions();
        var total = chunker.Count(paragraphs);
        var chunks = chunker.Split(paragraphs, options.ArticleTokenBudget);
        var perChunk = chunks.Select(c => chunker.Count(c.Select(p => p.Text))).ToList();

        output.WriteLine($"words {words}, article tokens (o200k_base) {total}, budget {options.ArticleTokenBudget} " +
            $"(ContextTokens {options.ContextTokens}), calls: {(chunks.Count == 1 ? "1 summarize" : $"{chunks.Count} chunks + 1 combine")}, " +
            $"chunk tokens [{string.Join(", ", perChunk)}]");
        var small = new LlmOptions { ContextTokens = 8_000 };
        var smallChunks = chunker.Split(paragraphs, small.ArticleTokenBudget);
        output.WriteLine($"at ContextTokens 8000: {smallChunks.Count} chunks of [{string.Join(", ", smallChunks.Select(c => chunker.Count(c.Select(p => p.Text))))}] tokens");

        Assert.InRange(words, 10_000, 10_400);
        Assert.InRange(total, 10_000, 20_000);
        Assert.All(perChunk, t => Assert.True(t <= options.ArticleTokenBudget));
        Assert.Equal(total, perChunk.Sum());
    }

    /// <summary>
    /// English article paragraphs of the real pages kept in the repository, repeated in order until the word count is
    /// reached (the sample holds fewer words than a 10,000-word article; token counts depend on the text, not its novelty).
    /// </summary>
    private static List<string> RealParagraphs(int words)
    {
        var source = ReadabilityPages.Load(RepoPaths.ReadabilityPages)
            .Where(p => p.Language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(p => ExpectedArticles.Of(p).Paragraphs)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length >= 40)
            .ToList();
        Assert.NotEmpty(source);
        var paragraphs = new List<string>();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var paragraph = source[i % source.Count];
            paragraphs.Add(paragraph);
            count += Bot.Core.Articles.WordCounter.Count(paragraph);
        }
        return paragraphs;
    }
}
