using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Testing.Llm;

namespace Bot.Core.Tests.Llm;

public sealed partial class MapReduceTests : IAsyncLifetime
{
    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Parts_bring_notes_and_candidate_quotes_and_one_combine_picks_the_final_ones_among_the_verified()
    {
        var paragraphs = Enumerable.Range(1, 40)
            .Select(i => $"Paragraph {i} tells how the harbour town rebuilt its sea wall after the storm of that winter, stone by stone.")
            .ToList();
        var article = new Article("https://example.com/long", "Long", paragraphs);
        _server.Default = ChatReply.Answer(request => request.System.Contains("You merge the notes", StringComparison.Ordinal)
            ? """{"bullets": ["The town rebuilt its wall.", "It took all winter."], "quotes": [{"paragraph": 0, "text": "Paragraph 1 tells how the harbour town rebuilt its sea wall after the storm of that winter, stone by stone."}]}"""
            : PartAnswer(request));
        var settings = LlmHost.OpenAICompatible(_server);
        settings["Llm:MaxChunkTokens"] = "200";
        settings["Llm:MaxConcurrency"] = "2";
        await using var host = await LlmHost.StartAsync(settings);

        var summary = await host.Summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), CancellationToken.None);

        var requests = _server.Requests.ToList();
        var parts = requests.Where(r => r.User.Contains("<article>", StringComparison.Ordinal)).ToList();
        var combine = Assert.Single(requests, r => r.System.Contains("You merge the notes", StringComparison.Ordinal));
        Assert.True(parts.Count >= 3, $"{parts.Count} part calls");
        Assert.Equal(requests.Count, parts.Count + 1);
        Assert.Equal(combine, requests[^1]);
        Assert.InRange(_server.MaxInFlight, 1, 2);

        // Every paragraph went to exactly one part, whole and in order.
        var sent = parts.OrderBy(PartOf).SelectMany(r => paragraphs.Where(p => r.User.Contains(p + "\n", StringComparison.Ordinal))).ToList();
        Assert.Equal(paragraphs, sent);
        for (var part = 1; part <= parts.Count; part++)
        {
            Assert.Contains($"- Note from part {part} of {parts.Count}.", combine.User);
        }
        Assert.Contains($"[{First(parts[0])}] {paragraphs[First(parts[0])]}\n", combine.User);
        Assert.DoesNotContain("invented", combine.User);

        Assert.Equal(["The town rebuilt its wall.", "It took all winter."], summary.Bullets);
        Assert.Equal(paragraphs[0], summary.KeyQuotes![0].Text);
    }

    /// <summary>Notes naming the part, a candidate copied from its first paragraph and one invented.</summary>
    private static string PartAnswer(ChatRequest request) =>
        $$"""{"bullets": ["Note from part {{Part().Match(request.User).Groups[1].Value}}."], "quotes": [{"paragraph": {{First(request)}}, "text": "{{FirstText(request)}}"}, {"paragraph": 0, "text": "An invented sentence about the harbour wall."}]}""";

    private static int PartOf(ChatRequest request) =>
        int.Parse(Part().Match(request.User).Groups[1].Value.Split(' ')[0], CultureInfo.InvariantCulture);

    private static int First(ChatRequest request) =>
        int.Parse(Numbered().Match(request.User).Groups[1].Value, CultureInfo.InvariantCulture);

    private static string FirstText(ChatRequest request) => Numbered().Match(request.User).Groups[2].Value;

    [GeneratedRegex(@"part (\d+ of \d+)")]
    private static partial Regex Part();

    [GeneratedRegex(@"^\[(\d+)\] (.*)$", RegexOptions.Multiline)]
    private static partial Regex Numbered();
}
