using System.Text.RegularExpressions;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Bot.Tests;

/// <summary>The real host with the console adapter on redirected streams, a loopback page server and a temp SQLite file.</summary>
public sealed class ConsoleChatEndToEndTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private PageServer _pages = null!;

    public async Task InitializeAsync() => _pages = await TestPages.ServeAsync();

    public async Task DisposeAsync()
    {
        await _pages.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_scripted_session_gets_every_answer_in_order_and_exits_zero()
    {
        var script = string.Join('\n',
            "quotes on rain",
            _pages.Url("/climate"),
            "quotes on salt marshes",
            "help",
            "summarize " + _pages.Url("/missing"),
            "summarize " + _pages.Url("/cookie-wall"),
            "summarize " + _pages.Url("/image"));

        var (exitCode, output, progress) = await ChatAsync(script);

        Assert.Equal(0, exitCode);
        AssertInOrder(output,
            "error: I don't see a link here yet",
            "Coastal towns rethink flood defences\nThe Harbour Gazette · Maria Lindqvist · 2026-03-14",
            "Summary\n  • ",
            "Key quotes\n  > “",
            "#:~:text=",
            "Quotes on \"salt marshes\"\n  > “",
            "salt marsh",
            "summarize <link>",
            "platforms: console",
            "error: The site answered 404",
            "error: ",
            "error: ");
        Assert.Contains("image/png", output[output.LastIndexOf("error: ", StringComparison.Ordinal)..]);
        Assert.Equal(7, Regex.Matches(output, @"(^|\n\n)(error: |Coastal towns|I read the articles)").Count);

        Assert.Contains("reading …", progress);
        Assert.DoesNotContain("reading …", output);
    }

    [Fact]
    public async Task A_link_posted_twice_is_read_once_and_served_from_the_cache()
    {
        var hits = 0;
        await using var counting = await PageServer.StartAsync(app => app.MapGet("/a", () =>
        {
            Interlocked.Increment(ref hits);
            return Microsoft.AspNetCore.Http.Results.Content(TestPages.ClimateArticle, "text/html");
        }));

        var (exitCode, output, _) = await ChatAsync($"{counting.Url("/a")}\n{counting.Url("/a")}");

        Assert.Equal(0, exitCode);
        Assert.Equal(2, output.Split("Coastal towns rethink flood defences\n").Length - 1);
        Assert.Equal(1, hits);
    }

    private static void AssertInOrder(string text, params string[] fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = text.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected \"{fragment}\" after position {at} in:\n{text}");
            at = found + fragment.Length;
        }
    }

    private Task<(int ExitCode, string Output, string Progress)> ChatAsync(string script) =>
        ChatSession.RunAsync(script, _temp.File("bot.db"));
}
