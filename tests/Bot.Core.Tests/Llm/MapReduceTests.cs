using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Testing.Llm;

namespace Bot.Core.Tests.Llm;

public sealed class MapReduceTests : IAsyncLifetime
{
    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_long_article_is_summarized_in_parallel_chunks_then_combined_once()
    {
        var paragraphs = Enumerable.Range(1, 40)
            .Select(i => $"Paragraph {i} tells how the harbour town rebuilt its sea wall after the storm of that winter, stone by stone.")
            .ToList();
        var article = new Article("https://example.com/long", "Long", paragraphs);
        _server.Default = ChatReply.Answer(request => request.System.Contains("take notes on one part", StringComparison.Ordinal)
            ? $"- Note from part {PartOf(request.System)}."
            : "- The town rebuilt its wall.\n- It took all winter.");
        var settings = LlmHost.OpenAICompatible(_server);
        settings["Llm:MaxChunkTokens"] = "200";
        settings["Llm:MaxConcurrency"] = "2";
        await using var host = await LlmHost.StartAsync(settings);

        var summary = await host.Summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), CancellationToken.None);

        var requests = _server.Requests.ToList();
        var chunkCalls = requests.Where(r => r.System.Contains("take notes on one part", StringComparison.Ordinal)).ToList();
        var combine = Assert.Single(requests, r => r.System.Contains("merge notes", StringComparison.Ordinal));
        Assert.True(chunkCalls.Count >= 3, $"{chunkCalls.Count} chunk calls");
        Assert.Equal(requests.Count, chunkCalls.Count + 1);
        Assert.Equal(combine, requests[^1]);
        Assert.InRange(_server.MaxInFlight, 1, 2);

        // Every paragraph went to exactly one chunk, whole and in order.
        var sent = chunkCalls.OrderBy(r => int.Parse(PartOf(r.System).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).SelectMany(r => paragraphs.Where(p => r.User.Contains(p, StringComparison.Ordinal))).ToList();
        Assert.Equal(paragraphs, sent);
        for (var part = 1; part <= chunkCalls.Count; part++)
        {
            Assert.Contains($"- Note from part {part} of {chunkCalls.Count}.", combine.User);
        }
        Assert.Equal(["The town rebuilt its wall.", "It took all winter."], summary.Bullets);
    }

    private static string PartOf(string system)
    {
        var at = system.IndexOf("(part ", StringComparison.Ordinal) + 6;
        return system[at..system.IndexOf(')', at)];
    }
}
