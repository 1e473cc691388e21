using System.Text.RegularExpressions;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Bot.Tests;

/// <summary>The real host with the console adapter on redirected streams, a loopback page server and a temp SQLite file.</summary>
public sealed class ConsoleChatEndToEndTests : PagesAndTempFolder
{
    [Fact]
    public async Task A_scripted_session_gets_every_answer_in_order_and_exits_zero()
    {
        var script = string.Join('\n',
            "quotes on rain",
            Pages.Url("/climate"),
            "quotes on salt marshes",
            "help",
            "summarize " + Pages.Url("/missing"),
            "summarize " + Pages.Url("/cookie-wall"),
            "summarize " + Pages.Url("/image"));

        var (exitCode, output, progress) = await ChatAsync(script);

        Assert.Equal(0, exitCode);
        AssertInOrder(output,
            "error: I don't see a link here yet",
            "Coastal towns rethink flood defences\nThe Harbour Gazette · Maria Lindqvist · 2026-03-14",
            "Summary\n  • ",
            "Key quotes\n  > ",
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

    [Fact]
    public async Task Several_links_get_one_answer_each_even_when_one_fails()
    {
        var (exitCode, output, _) = await ChatAsync($"summarize {Pages.Url("/missing")} {Pages.Url("/climate")}");

        Assert.Equal(0, exitCode);
        AssertInOrder(output, "error: 127.0.0.1: The site answered 404", "Coastal towns rethink flood defences\n");
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
        ChatSession.RunAsync(script, Temp.File("bot.db"));
}
