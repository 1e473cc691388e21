using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Digests;
using Bot.Core.Llm;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Core.Tests.Storage;
using Bot.Testing.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Core.Tests.Llm;

/// <summary>A digest through the bot's DigestService with the LLM configured, against the loopback server.</summary>
public sealed class LlmDigestTests : IAsyncLifetime, IDisposable
{
    private static readonly Article Story = new("https://news.example.org/floods", "Coastal towns rethink flood defences",
    [
        "Three coastal towns have agreed to replace their ageing sea walls with dunes, salt marshes and movable barriers.",
        "The plan, approved on Tuesday by the regional council, will cost an estimated 240 million euros over twelve years.",
        "\u201CWe spent forty years building walls higher and higher, and the sea kept winning,\u201D said harbourmaster Jonas Eklund.",
        "Climate scientists estimate that sea levels along this coast will rise by at least half a metre by 2100.",
        "Fishermen worry that the new salt marshes will silt up the harbour entrance and have threatened to go to court.",
        "\u201CNobody asked us before the drawings were made,\u201D said Ingrid Sahlberg, who runs a guesthouse facing the beach.",
    ]);

    private const string Bullets = """["Three towns will swap sea walls for dunes and marshes.", "The plan costs 240 million euros over twelve years."]""";

    private readonly TempDatabase _db = new();
    private FakeChatServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_digest_that_fits_the_context_is_one_completion_within_the_token_target_and_counted_in_the_meter()
    {
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));
        var factory = host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var calls = new MetricCollector<long>(factory, LlmMetrics.MeterName, LlmMetrics.Calls);
        using var tokens = new MetricCollector<long>(factory, LlmMetrics.MeterName, LlmMetrics.Tokens);

        var digest = await Digests(host).SummarizeAsync(new ArticleLookup(Story, false), new SummaryRequest(SummaryLength.Short), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        var articleTokens = new ArticleChunker(new TokenCounter()).Count(Story.Paragraphs);
        Assert.True(request.PromptTokens <= articleTokens * 1.1 + 600, $"{request.PromptTokens} prompt tokens for {articleTokens} article tokens");
        Assert.NotEmpty(digest.Summary);
        Assert.NotEmpty(digest.Quotes);
        Assert.Equal("openai-compatible:test-model", digest.Summarizer);
        Assert.Equal(0, host.OfflineQuotes.Calls);

        Assert.Equal(1, calls.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal("ok", calls.LastMeasurement!.Tags["outcome"]);
        var byKind = tokens.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["kind"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(request.PromptTokens, byKind["prompt"]);
        Assert.Equal(request.CompletionTokens, byKind["completion"]);
    }

    [Fact]
    public async Task Key_quotes_after_a_digest_reuse_it_and_topic_quotes_share_its_prefix_with_the_variable_part_last()
    {
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));
        var digests = Digests(host);

        var digest = await digests.SummarizeAsync(new ArticleLookup(Story, false), new SummaryRequest(SummaryLength.Short), CancellationToken.None);
        var keyQuotes = await digests.QuotesAsync(new ArticleLookup(Story, true), null, 2, CancellationToken.None);
        Assert.Single(_server.Requests);
        Assert.Equal(digest.Quotes.Take(2), keyQuotes.Quotes);

        await digests.QuotesAsync(new ArticleLookup(Story, true), "ferry timetables", 2, CancellationToken.None);

        var requests = _server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        var (first, second) = (requests[0], requests[1]);
        Assert.Equal(first.System, second.System);
        var prefix = first.User[..(first.User.IndexOf("</article>", StringComparison.Ordinal) + "</article>".Length)];
        Assert.StartsWith(prefix, second.User);
        Assert.Contains("ferry timetables", second.User[prefix.Length..]);
        Assert.DoesNotContain("ferry timetables", prefix);
        Assert.Contains("bullets", first.User[prefix.Length..]);
    }

    [Fact]
    public async Task A_malformed_answer_gets_one_repair_call_and_its_answer_is_used()
    {
        _server.Enqueue(
            ChatReply.Ok("Sure! - Three towns swap walls for dunes. - It costs a lot."),
            ChatReply.Ok($$"""{"bullets": {{Bullets}}, "quotes": [{"paragraph": 3, "text": "{{Story.Paragraphs[3]}}"}]}"""));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var summary = await host.Summarizer.SummarizeAsync(Story, new SummaryRequest(SummaryLength.Short), CancellationToken.None);

        var requests = _server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("You repair answers", requests[1].System);
        Assert.Contains("Sure! - Three towns swap walls for dunes.", requests[1].User);
        Assert.Contains("not a JSON object", requests[1].User);
        Assert.DoesNotContain(Story.Paragraphs[4], requests[1].User);
        Assert.Equal("openai-compatible:test-model", summary.SummarizerId);
        Assert.Equal(2, summary.Bullets.Count);
        Assert.Equal(Story.Paragraphs[3], summary.KeyQuotes![0].Text);
    }

    [Fact]
    public async Task A_missing_field_after_the_repair_falls_back_to_the_offline_answer_within_the_timeout_plus_three_seconds()
    {
        var settings = LlmHost.OpenAICompatible(_server);
        settings["Llm:Timeout"] = "00:00:05";
        await using var host = await LlmHost.StartAsync(settings);
        using var fallbacks = new MetricCollector<long>(
            host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), LlmMetrics.MeterName, LlmMetrics.Fallbacks);
        await host.Summarizer.SummarizeAsync(Story, new SummaryRequest(), CancellationToken.None); // a cold first call is not what is timed
        var warm = _server.Requests.Count;
        _server.Default = ChatReply.Ok($$"""{"bullets": {{Bullets}}}""");
        var clock = Stopwatch.StartNew();

        var summary = await host.Summarizer.SummarizeAsync(Story, new SummaryRequest(), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5 + 3), $"took {clock.Elapsed}");
        var requests = _server.Requests.Skip(warm).ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Contains("\"quotes\" is missing", requests[1].User);
        Assert.Equal("offline", summary.SummarizerId);
        Assert.Contains("the LLM was unavailable; summary by the offline summarizer", summary.Notices);
        Assert.Equal(1, host.OfflineSummarizer.Calls);
        Assert.NotNull(summary.KeyQuotes);
        Assert.Equal(1, fallbacks.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task Invented_quotes_and_quotes_repeating_a_bullet_are_dropped_and_the_rest_topped_up_offline()
    {
        var invented = "Three towns will swap sea walls for dunes, the mayor promised.";
        _server.Enqueue(ChatReply.Ok($$"""
            {"bullets": ["Three coastal towns have agreed to replace their ageing sea walls with dunes and salt marshes.", "It costs 240 million euros."],
             "quotes": [{"paragraph": 0, "text": "{{invented}}"},
                        {"paragraph": 0, "text": "{{Story.Paragraphs[0]}}"},
                        {"paragraph": 5, "text": "\"Nobody asked us before the drawings were made,\" said Ingrid Sahlberg"}]}
            """));
        await using var host = await LlmHost.StartAsync(LlmHost.OpenAICompatible(_server));

        var digest = await Digests(host).SummarizeAsync(new ArticleLookup(Story, false), new SummaryRequest(), CancellationToken.None);

        Assert.Single(_server.Requests);
        Assert.Equal("\u201CNobody asked us before the drawings were made,\u201D said Ingrid Sahlberg", digest.Quotes[0].Text);
        Assert.DoesNotContain(digest.Quotes, q => q.Text.Contains("the mayor promised", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Dropped 2 of 3 key quotes", StringComparison.Ordinal));
        Assert.Equal(3, digest.Quotes.Count);
        Assert.Equal(1, host.OfflineQuotes.Calls);
        Assert.DoesNotContain(digest.Quotes, q => q.Text == Story.Paragraphs[0]); // the offline top-up is checked too
        var index = new VerbatimIndex(Story);
        Assert.All(digest.Quotes, q => Assert.True(index.Contains(q.Text), q.Text));
    }

    [Theory]
    [InlineData("openai-compatible", null, null)]
    [InlineData("openai-compatible", "json-schema", "json_schema")]
    [InlineData("openai", null, "json_schema")]
    [InlineData("openai", "none", null)]
    public async Task Response_format_is_asked_for_per_provider_and_setting(string provider, string? setting, string? expected)
    {
        var settings = LlmHost.OpenAICompatible(_server);
        settings["Llm:Provider"] = provider;
        settings["Llm:ResponseFormat"] = setting;
        await using var host = await LlmHost.StartAsync(settings);

        var summary = await host.Summarizer.SummarizeAsync(Story, new SummaryRequest(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(expected, request.ResponseFormat);
        if (expected is not null)
        {
            var format = request.Body.GetProperty("response_format").GetProperty("json_schema");
            Assert.True(format.GetProperty("strict").GetBoolean());
            Assert.Equal(["bullets", "quotes"], format.GetProperty("schema").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        }
        Assert.Contains("Shape: {\"bullets\"", request.User);
        Assert.Equal($"{provider}:test-model", summary.SummarizerId);
    }

    [Fact]
    public async Task A_10000_word_article_at_8000_context_tokens_takes_at_most_chunks_plus_one_calls_within_the_token_target()
    {
        var article = new Article("https://example.com/long-read", "A long read", LongParagraphs(10_000));
        var settings = LlmHost.OpenAICompatible(_server);
        settings["Llm:ContextTokens"] = "8000";
        await using var host = await LlmHost.StartAsync(settings);
        var chunker = new ArticleChunker(new TokenCounter());
        var articleTokens = chunker.Count(article.Paragraphs);
        var chunks = chunker.Split(article.Paragraphs, new LlmOptions { ContextTokens = 8000 }.ArticleTokenBudget).Count;

        var summary = await host.Summarizer.SummarizeAsync(article, new SummaryRequest(), CancellationToken.None);

        Assert.True(chunks >= 2, $"{chunks} chunks");
        Assert.Equal(chunks + 1, _server.Requests.Count);
        var prompt = _server.Requests.Sum(r => r.PromptTokens);
        Assert.True(prompt <= articleTokens * 1.2 + 1500, $"{prompt} prompt tokens for {articleTokens} article tokens");
        Assert.Equal("openai-compatible:test-model", summary.SummarizerId);
        var combine = _server.Requests.Last();
        Assert.Contains("<quotes>\n[", combine.User);
        Assert.NotNull(summary.KeyQuotes);
    }

    /// <summary>Paragraphs of varied generated sentences, up to the word count.</summary>
    private static List<string> LongParagraphs(int words)
    {
        string[] subjects = ["The council", "Engineers", "Residents of the old quarter", "The harbour authority", "Fishermen", "Insurers", "Scientists"];
        string[] verbs = ["argued that", "warned that", "reported that", "agreed that", "doubted that", "found that"];
        string[] clauses =
        [
            "the dunes would need replanting every few winters",
            "the cost of concrete had doubled since the last storm",
            "salt marshes absorb wave energy better than stone",
            "the barrier gates could close within forty minutes",
            "premiums would fall once the defences were finished",
            "nobody had modelled a storm surge of that height",
        ];
        var random = new Random(16);
        var paragraphs = new List<string>();
        var count = 0;
        while (count < words)
        {
            var sentences = Enumerable.Range(0, random.Next(3, 7)).Select(_ =>
                $"{subjects[random.Next(subjects.Length)]} {verbs[random.Next(verbs.Length)]} {clauses[random.Next(clauses.Length)]} in {1990 + random.Next(35)}.");
            var paragraph = string.Join(' ', sentences);
            paragraphs.Add(paragraph);
            count += WordCounter.Count(paragraph);
        }
        return paragraphs;
    }

    private DigestService Digests(LlmHost host) =>
        new(host.Summarizer, host.Quotes, _db.Summaries(), NullLogger<DigestService>.Instance);
}
