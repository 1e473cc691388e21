using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Testing;
using Bot.Testing.Llm;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.EndToEnd;

/// <summary>The real <c>chat</c> verb with <c>Llm:Provider=openai-compatible</c> pointed at a fake LLM on loopback.</summary>
public sealed class LlmConsoleEndToEndTests : IAsyncLifetime
{
    private const string Model = "e2e-model";
    private const string Invented = "The mayor painted every sea wall bright purple last winter.";
    private const string Genuine = "Engineers say the living defences grow with rising seas instead of being overtopped by them.";

    private static readonly string[] Bullets =
    [
        "Three northern towns will swap sea walls for dunes, marshes and barriers.",
        "The regional council approved a twelve-year plan costing 240 million euros.",
        "Fishermen and some homeowners oppose the plan.",
    ];

    private readonly TempDirectory _temp = new();
    private PageServer _pages = null!;
    private FakeChatServer _llm = null!;

    public async Task InitializeAsync()
    {
        _pages = await TestPages.ServeAsync();
        _llm = await FakeChatServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _llm.DisposeAsync();
        await _pages.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task The_summary_comes_from_the_llm_and_an_invented_quote_is_never_shown()
    {
        _llm.Default = ChatReply.Answer(_ => JsonSerializer.Serialize(new
        {
            bullets = Bullets,
            quotes = new[] { new { paragraph = 0, text = Invented }, new { paragraph = 0, text = Genuine } },
        }));

        var (exitCode, output, _) = await ChatAsync("summarize " + _pages.Url("/climate"));

        Assert.Equal(0, exitCode);
        Assert.All(Bullets, bullet => Assert.Contains("  • " + bullet, output));
        Assert.DoesNotContain("note:", output);
        Assert.DoesNotContain("purple", output);
        Assert.Contains($"  > “{Genuine}”", output);
        Assert.All(QuotesIn(output), quote => Assert.True(TestPages.IsVerbatimInClimateArticle(quote), quote));
        var request = Assert.Single(_llm.Requests);
        Assert.Equal(Model, request.Model);
        Assert.Contains("Harbourmaster Jonas", request.User);
        Assert.Equal($"openai-compatible:{Model}", Scalar("SELECT summarizer_id FROM summaries;"));
    }

    [Fact]
    public async Task With_the_llm_failing_the_user_still_gets_an_offline_summary_marked_as_such()
    {
        _llm.Default = ChatReply.Status(HttpStatusCode.InternalServerError);

        var (exitCode, output, _) = await ChatAsync("summarize " + _pages.Url("/climate"));

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Coastal towns rethink flood defences\n", output);
        Assert.Matches(@"Summary\n(  • .+\n){2,}", output);
        Assert.Contains("note: the LLM was unavailable; summary by the offline summarizer", output);
        Assert.DoesNotContain("note: summary by the offline summarizer", output);
        Assert.All(QuotesIn(output), quote => Assert.True(TestPages.IsVerbatimInClimateArticle(quote), quote));
        Assert.NotEmpty(_llm.Requests);
        Assert.Null(Scalar("SELECT summarizer_id FROM summaries WHERE summarizer_id LIKE 'openai-compatible:%';"));
    }

    private Task<(int ExitCode, string Output, string Progress)> ChatAsync(string script) =>
        ChatSession.RunAsync(script, _temp.File("bot.db"),
            "--Llm:Provider=openai-compatible",
            $"--Llm:Endpoint={new Uri(_llm.BaseUri, "v1")}",
            $"--Llm:Model={Model}",
            "--Llm:ApiKey=sk-e2e-key",
            "--Llm:RetryDelay=00:00:00.010",
            $"--Llm:PromptsPath={RepoPaths.Prompts}");

    private static IEnumerable<string> QuotesIn(string output) =>
        Regex.Matches(output, "^  > “?(.+?)”?$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

    private object? Scalar(string sql) => SqliteFile.Scalar(_temp.File("bot.db"), sql);
}
