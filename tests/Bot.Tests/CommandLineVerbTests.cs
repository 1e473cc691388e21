using System.Text.Json;
using Bot.Cli;
using Bot.Hosting;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests;

/// <summary>The command-line verbs on the real host: a loopback page server, local files and a temp SQLite file.</summary>
public sealed class CommandLineVerbTests : PagesAndTempFolder
{
    [Fact]
    public async Task Summarize_json_has_the_digest_fields_and_a_second_run_is_cached()
    {
        var first = await RunAsync("summarize", Pages.Url("/climate"), "--length", "short", "--json");
        var second = await RunAsync("summarize", Pages.Url("/climate"), "--length", "short", "--json");

        Assert.Equal(0, first.ExitCode);
        using var json = JsonDocument.Parse(first.Output);
        var root = json.RootElement;
        Assert.Equal("Coastal towns rethink flood defences", root.GetProperty("title").GetString());
        Assert.Equal("The Harbour Gazette", root.GetProperty("site").GetString());
        Assert.Equal("Maria Lindqvist", root.GetProperty("byline").GetString());
        Assert.StartsWith("2026-03-14T08:00:00", root.GetProperty("published").GetString());
        Assert.InRange(root.GetProperty("summary").GetArrayLength(), 1, 3); // Short: up to 3 bullets within 65 words
        Assert.True(root.GetProperty("quotes").GetArrayLength() >= 1);
        Assert.All(root.GetProperty("quotes").EnumerateArray(), q => Assert.Contains(q.GetProperty("text").GetString()!, TestPages.ClimateArticle.ReplaceLineEndings(" ").Replace("        ", "", StringComparison.Ordinal)));
        Assert.Equal("offline", root.GetProperty("summarizer").GetString());
        Assert.False(root.GetProperty("cached").GetBoolean());

        Assert.True(JsonDocument.Parse(second.Output).RootElement.GetProperty("cached").GetBoolean());
    }

    [Fact]
    public async Task Quotes_on_an_absent_topic_say_so_with_no_quotes()
    {
        var result = await RunAsync("quotes", Pages.Url("/climate"), "--topic", "basketball playoffs", "--json");

        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(0, root.GetProperty("quotes").GetArrayLength());
        Assert.Contains("no passage about \"basketball playoffs\"", root.GetProperty("notices")[0].GetString());
    }

    [Fact]
    public async Task Extract_jsonl_keeps_input_order_reports_failures_and_exits_nonzero()
    {
        var folder = Directory.CreateDirectory(Temp.File("pages")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "b.html"), TestPages.ClimateArticle);
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        await File.WriteAllTextAsync(Path.Combine(folder, "a", "story.htm"), TestPages.ClimateArticle);

        var result = await RunAsync("extract", Pages.Url("/missing"), folder, Pages.Url("/climate"), "--jsonl");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([Pages.Url("/missing"), "a/story", "b", Pages.Url("/climate")], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("404", lines[0].GetProperty("error").GetString());
        Assert.All(lines.Skip(1), l =>
        {
            Assert.Equal("Coastal towns rethink flood defences", l.GetProperty("title").GetString());
            Assert.Contains("salt marshes", l.GetProperty("text").GetString());
            Assert.True(l.GetProperty("words").GetInt32() > 250);
            Assert.True(l.GetProperty("ms").GetDouble() >= 0);
        });
    }

    [Fact]
    public async Task Extract_json_prints_one_document_an_object_for_one_page_and_an_array_for_several()
    {
        var one = await RunAsync("extract", Pages.Url("/climate"), "--json");
        var several = await RunAsync("extract", Pages.Url("/climate"), Pages.Url("/missing"), "--json");

        Assert.Equal(0, one.ExitCode);
        var page = JsonDocument.Parse(one.Output).RootElement;
        Assert.Equal("Coastal towns rethink flood defences", page.GetProperty("title").GetString());
        Assert.Contains("salt marshes", page.GetProperty("text").GetString());
        Assert.Equal(1, several.ExitCode);
        var pages = JsonDocument.Parse(several.Output).RootElement;
        Assert.Equal(2, pages.GetArrayLength());
        Assert.Equal("Coastal towns rethink flood defences", pages[0].GetProperty("title").GetString());
        Assert.Equal("not_found", pages[1].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("summarize", "/thin", "thin_page")]
    [InlineData("summarize", "/missing", "not_found")]
    [InlineData("quotes", "/gone", "not_found")]
    [InlineData("summarize", "/paywall", "paywall")]
    [InlineData("quotes", "/cookie-wall", "consent_wall")]
    [InlineData("summarize", "/image", "unsupported_type")]
    public async Task With_json_a_failed_input_is_one_error_object_on_standard_output(string verb, string path, string kind)
    {
        var result = await RunAsync(verb, Pages.Url(path), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Errors);
        var error = JsonDocument.Parse(result.Output).RootElement.GetProperty("error");
        Assert.Equal(kind, error.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task With_json_private_addresses_timeouts_usage_and_settings_are_error_objects_too()
    {
        var blocked = await RunAsync("summarize", Pages.Url("/climate"), "--json", "--Fetch:AllowPrivateNetworks=false");
        var slow = await RunAsync("quotes", Pages.Url("/slow"), "--json", "--Fetch:Timeout=00:00:01", "--Fetch:MaxRetries=0");
        var usage = await RunAsync("summarize", Pages.Url("/climate"), "--length", "huge", "--json");
        var setting = await RunAsync("summarize", Pages.Url("/climate"), "--json", "--Chat:MaxLinksPerMessage=0");

        Assert.Equal((1, "private_address"), (blocked.ExitCode, ErrorKind(blocked.Output)));
        Assert.Equal((1, "timeout"), (slow.ExitCode, ErrorKind(slow.Output)));
        Assert.Equal((2, "usage"), (usage.ExitCode, ErrorKind(usage.Output)));
        Assert.Equal((2, "configuration"), (setting.ExitCode, ErrorKind(setting.Output)));
        Assert.All(new[] { blocked, slow, usage, setting }, r => Assert.Equal("", r.Errors));
    }

    [Fact]
    public async Task Without_json_the_error_is_one_line_on_standard_error()
    {
        var result = await RunAsync("summarize", Pages.Url("/thin"));

        Assert.Equal((1, ""), (result.ExitCode, result.Output));
        Assert.Equal("error: The page has too little text to be an article.", result.Errors.Trim());
    }

    [Fact]
    public async Task The_lead_image_is_in_the_json_and_null_when_the_page_names_none()
    {
        var pictured = await RunAsync("summarize", Pages.Url("/climate-pictured"), "--json");
        var plain = await RunAsync("quotes", Pages.Url("/climate"), "--json");

        Assert.Equal("https://cdn.harbour.example/img/dunes.jpg", JsonDocument.Parse(pictured.Output).RootElement.GetProperty("image").GetString());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(plain.Output).RootElement.GetProperty("image").ValueKind);
    }

    [Theory]
    [InlineData("quotes", "page.html", "--topik", "whales")]
    [InlineData("summarize", "page.html", "--count", "2")]
    [InlineData("extract", "page.html", "--length", "short")]
    public void An_option_the_verb_does_not_take_is_a_usage_error(params string[] args)
    {
        Assert.Null(CommandLine.Parse(args, out var error));
        Assert.Equal($"{args[0]} has no option {args[2]}", error);
    }

    [Fact]
    public async Task With_json_arguments_that_do_not_parse_are_a_usage_error_object_too()
    {
        var plain = await CliProcess.RunAsync(Temp.Path, "quotes", "page.html", "--topik", "whales");
        var json = await CliProcess.RunAsync(Temp.Path, "quotes", "page.html", "--topik", "whales", "--json");

        Assert.Equal(2, plain.ExitCode);
        Assert.StartsWith("error: quotes has no option --topik\nUsage:", plain.Errors, StringComparison.Ordinal);
        Assert.Equal((2, ""), (json.ExitCode, json.Errors));
        Assert.Equal("usage", ErrorKind(json.Output));
    }

    private static string? ErrorKind(string output) =>
        JsonDocument.Parse(output).RootElement.GetProperty("error").GetProperty("kind").GetString();

    [Fact]
    public async Task A_wrong_setting_stops_with_one_line_naming_the_key()
    {
        var result = await RunAsync("summarize", "x", "--Chat:MaxLinksPerMessage=0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("configuration error: Chat: The field MaxLinksPerMessage must be between 1 and 10.", result.Errors.Trim());
    }

    [Fact]
    public async Task A_corrupt_database_stops_with_one_line_naming_the_path()
    {
        var path = Temp.File("corrupt.db");
        await File.WriteAllTextAsync(path, "this is not a database, just text that fills the header");

        var result = await RunAsync("summarize", Pages.Url("/climate"), $"--Storage:DatabasePath={path}");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"storage error: Storage:DatabasePath '{path}' is not a SQLite database", result.Errors.Trim());
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var all = args.ToList();
        if (!args.Any(a => a.StartsWith("--Fetch:AllowPrivateNetworks", StringComparison.Ordinal)))
        {
            all.Add("--Fetch:AllowPrivateNetworks=true");
        }
        if (!args.Any(a => a.StartsWith("--Storage:", StringComparison.Ordinal)))
        {
            all.Add($"--Storage:DatabasePath={Temp.File("bot.db")}");
        }
        var command = CommandLine.Parse(all, out var error);
        Assert.Null(error);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await BotProgram.RunAsync(command!, output, errors).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, output.ToString(), errors.ToString());
    }
}
