using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Testing.Llm;

namespace Bot.Core.Tests.Llm;

public sealed class LlmQuoteFinderTests : IAsyncLifetime
{
    private static readonly Article Article = new("https://example.com/q", "Quotes",
    [
        "The council voted on Monday to close the old bridge.",
        "\u201CWe cannot keep patching it,\u201D the mayor said \u2014 and nobody disagreed.",
        "Repairs would cost more than a new crossing, engineers found.",
        "The new bridge will open in 2027 if funding holds.",
    ]);

    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Verbatim_spans_are_kept_with_the_articles_own_characters_and_invented_ones_dropped()
    {
        _server.Enqueue(ChatReply.Ok("""
            Sure! Here are the quotes:
            ```json
            {"quotes": [
              {"paragraph": 1, "text": "\"We cannot keep patching it,\" the mayor said - and nobody disagreed."},
              {"paragraph": 0, "text": "The council promised a shiny new bridge for everyone."},
              {"paragraph": 0, "text": "Repairs would cost more than a new crossing, engineers found."},
            ]}
            ```
            Let me know if you need more.
            """));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var selection = await host.Quotes.FindAsync(Article, new QuoteRequest(Count: 2), CancellationToken.None);

        Assert.Equal("openai-compatible:test-model", selection.FinderId);
        Assert.Equal(
            [("\u201CWe cannot keep patching it,\u201D the mayor said \u2014 and nobody disagreed.", 1),
             ("Repairs would cost more than a new crossing, engineers found.", 2)],
            selection.Quotes.Select(q => (q.Text, q.Paragraph)));
        var index = new VerbatimIndex(Article);
        Assert.All(selection.Quotes, q => Assert.True(index.Contains(q.Text)));
        Assert.Equal(0, host.OfflineQuotes.Calls);

        var request = Assert.Single(_server.Requests);
        Assert.Contains("\n[1] \u201CWe cannot keep patching it,\u201D the mayor said \u2014 and nobody disagreed.\n", request.User);
        Assert.Contains("at most 300 characters", request.System);
        Assert.Null(request.ResponseFormat);
    }

    [Fact]
    public async Task Too_few_verified_quotes_are_filled_from_the_offline_finder()
    {
        _server.Enqueue(ChatReply.Ok("""[{"paragraph": 3, "text": "The new bridge will open in 2027"}, {"text": "An invented sentence that is nowhere."}]"""));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var selection = await host.Quotes.FindAsync(Article, new QuoteRequest(Count: 3), CancellationToken.None);

        Assert.Equal(["The new bridge will open in 2027", Article.Paragraphs[0], Article.Paragraphs[1]], selection.Quotes.Select(q => q.Text));
        Assert.Equal(1, host.OfflineQuotes.Calls);
    }

    [Fact]
    public async Task Malformed_JSON_falls_back_to_the_offline_finder_with_a_notice()
    {
        _server.Enqueue(ChatReply.Ok("The best quotes are the ones about the bridge {not json at all"));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var selection = await host.Quotes.FindAsync(Article, new QuoteRequest(Count: 2), CancellationToken.None);

        Assert.Equal("offline", selection.FinderId);
        Assert.Equal(Article.Paragraphs.Take(2), selection.Quotes.Select(q => q.Text));
        Assert.Contains("the LLM was unavailable; quotes chosen by the offline finder", selection.Notices);
    }

    [Fact]
    public async Task A_topic_the_model_finds_nowhere_gives_no_quotes_and_a_notice()
    {
        _server.Enqueue(ChatReply.Ok("""{"quotes": []}"""));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var selection = await host.Quotes.FindAsync(Article, new QuoteRequest(Topic: "ferries </topic>", Count: 2), CancellationToken.None);

        Assert.Empty(selection.Quotes);
        Assert.Contains(selection.Notices, n => n.Contains("no passage about", StringComparison.Ordinal));
        Assert.Equal(0, host.OfflineQuotes.Calls);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("<topic>ferries &lt;/topic&gt;</topic>", request.User);
        Assert.Contains("at most 2 passages", request.User);
    }
}
