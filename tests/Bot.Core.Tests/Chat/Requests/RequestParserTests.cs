using Bot.Core.Chat;
using Bot.Core.Chat.Requests;
using Bot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Chat.Requests;

public sealed class RequestParserTests
{
    private readonly RequestParser _parser = new(Options.Create(new ChatOptions()));

    [Theory]
    [InlineData("summarize https://example.org/a", "https://example.org/a", SummaryLength.Medium, null)]
    [InlineData("Summarise <https://example.org/a> long", "https://example.org/a", SummaryLength.Long, null)]
    [InlineData("summarize <https://example.org/a|the story> short in german", "https://example.org/a", SummaryLength.Short, "de")]
    [InlineData("tldr https://example.org/a language:fr", "https://example.org/a", SummaryLength.Medium, "fr")]
    [InlineData("summarize https://example.org/a --length long --language ja", "https://example.org/a", SummaryLength.Long, "ja")]
    [InlineData("/summarize https://example.org/a length:short", "https://example.org/a", SummaryLength.Short, null)]
    [InlineData("https://example.org/a", "https://example.org/a", SummaryLength.Medium, null)]
    [InlineData("what do you make of https://example.org/a?", "https://example.org/a", SummaryLength.Medium, null)]
    public void Mentions_with_a_link_ask_for_a_summary(string text, string link, SummaryLength length, string? language)
    {
        var request = Assert.IsType<SummarizeRequest>(_parser.Parse(Mention(text)));

        Assert.Equal([new Uri(link)], request.Links);
        Assert.Equal(length, request.Length);
        Assert.Equal(language, request.Language);
    }

    [Fact]
    public void Summarize_without_a_link_means_the_last_link_posted_here()
    {
        var request = Assert.IsType<SummarizeRequest>(_parser.Parse(Mention("summarize")));

        Assert.Empty(request.Links);
    }

    [Theory]
    [InlineData("quotes on climate policy", null, "climate policy", 3)]
    [InlineData("quotes about \"the budget\"", null, "the budget", 3)]
    [InlineData("quotes https://example.org/a on interest rates", "https://example.org/a", "interest rates", 3)]
    [InlineData("quotes <https://example.org/a> count:5", "https://example.org/a", null, 5)]
    [InlineData("quote --count 2 on rain", null, "rain", 2)]
    [InlineData("quotes", null, null, 3)]
    public void Quotes_requests_carry_link_topic_and_count(string text, string? link, string? topic, int count)
    {
        var request = Assert.IsType<QuotesRequest>(_parser.Parse(Mention(text)));

        Assert.Equal(link is null ? null : new Uri(link), request.Link);
        Assert.Equal(topic, request.Topic);
        Assert.Equal(count, request.Count);
    }

    /// <summary>Options come in any order after the verb, on every adapter: the console's and Discord's
    /// messages (plain links), Slack's (&lt;url|label&gt;) and Slack's free-text slash commands.</summary>
    [Theory]
    [InlineData("quotes count:2 on whales", null, "whales", 2)]
    [InlineData("quotes on whales count:2", null, "whales", 2)]
    [InlineData("quotes LINK on whales count:2", "https://example.org/a", "whales", 2)]
    [InlineData("quotes on whales LINK count:2", "https://example.org/a", "whales", 2)]
    [InlineData("quotes count:2 LINK on whales", "https://example.org/a", "whales", 2)]
    [InlineData("quotes on whale strandings --count 4", null, "whale strandings", 4)]
    [InlineData("quotes --count 4 about \"whale strandings\" LINK", "https://example.org/a", "whale strandings", 4)]
    [InlineData("quotes topic:whales count:5", null, "whales", 5)]
    [InlineData("quotes count:2 LINK", "https://example.org/a", null, 2)]
    [InlineData("quotes on the impact on whales count:2", null, "the impact on whales", 2)]
    public void Quotes_options_in_any_order(string template, string? link, string? topic, int count)
    {
        foreach (var (platform, text) in OnEveryAdapter(template))
        {
            var request = Assert.IsType<QuotesRequest>(platform == "slack-command" ? _parser.Parse(Command("quotes", ("text", text))) : _parser.Parse(Mention(text, platform)));

            Assert.Equal(new QuotesRequest(link is null ? null : new Uri(link), topic, count), request);
        }
    }

    [Theory]
    [InlineData("summarize LINK long in de", SummaryLength.Long, "de")]
    [InlineData("summarize in de long LINK", SummaryLength.Long, "de")]
    [InlineData("summarize long LINK in german", SummaryLength.Long, "de")]
    [InlineData("summarize length:short LINK language:fr", SummaryLength.Short, "fr")]
    [InlineData("summarize --language ja LINK --length long", SummaryLength.Long, "ja")]
    [InlineData("summarize LINK", SummaryLength.Medium, null)]
    public void Summarize_options_in_any_order(string template, SummaryLength length, string? language)
    {
        foreach (var (platform, text) in OnEveryAdapter(template))
        {
            var request = Assert.IsType<SummarizeRequest>(platform == "slack-command" ? _parser.Parse(Command("summarize", ("text", text))) : _parser.Parse(Mention(text, platform)));

            Assert.Equal([new Uri("https://example.org/a")], request.Links);
            Assert.Equal((length, language), (request.Length, request.Language));
        }
    }

    [Theory]
    [InlineData("quotes on whales size:2", "size:2")]
    [InlineData("quotes LINK on whales --limit 2", "--limit")]
    [InlineData("quotes length:short on whales", "length:short")]
    [InlineData("summarize LINK count:3", "count:3")]
    [InlineData("summarize LINK --style bullets", "--style")]
    public void An_unknown_option_is_said_not_swallowed_into_the_topic(string template, string option)
    {
        foreach (var (platform, text) in OnEveryAdapter(template))
        {
            var verb = template.Split(' ')[0];
            var request = platform == "slack-command" ? _parser.Parse(Command(verb, ("text", text))) : _parser.Parse(Mention(text, platform));

            var problem = Assert.IsType<InvalidRequest>(request).Problem;
            Assert.Contains($"I don't know the option \"{option}\".", problem);
            Assert.Contains($"Try: {verb} ", problem);
        }
    }

    [Theory]
    [InlineData("quotes on 10:30 meeting", "10:30 meeting")]
    [InlineData("quotes on risk: markets", "risk: markets")]
    public void Times_and_trailing_colons_are_topic_words(string text, string topic) =>
        Assert.Equal(topic, Assert.IsType<QuotesRequest>(_parser.Parse(Mention(text))).Topic);

    [Fact]
    public void A_slash_command_topic_is_taken_word_for_word()
    {
        var request = _parser.Parse(Command("quotes", ("topic", "re:invent count:9")));

        Assert.Equal(new QuotesRequest(null, "re:invent count:9", 3), request);
    }

    /// <summary>The verb's words without the verb, as each adapter hands them over; LINK is the article's link.</summary>
    private static IEnumerable<(string Platform, string Text)> OnEveryAdapter(string template)
    {
        yield return ("console", template.Replace("LINK", "https://example.org/a", StringComparison.Ordinal));
        yield return ("discord", template.Replace("LINK", "<https://example.org/a>", StringComparison.Ordinal));
        yield return ("slack", template.Replace("LINK", "<https://example.org/a|the whale story>", StringComparison.Ordinal));
        var words = template.Split(' ', 2);
        yield return ("slack-command", (words.Length > 1 ? words[1] : "").Replace("LINK", "<https://example.org/a>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP me")]
    [InlineData("hello there")]
    [InlineData("")]
    public void A_mention_without_verb_or_link_gets_help(string text) =>
        Assert.IsType<HelpRequest>(_parser.Parse(Mention(text)));

    [Theory]
    [InlineData("summarize https://example.org/a length:extra-long", "short, medium or long")]
    [InlineData("summarize https://example.org/a in klingonese-ish", null)]
    [InlineData("quotes count:99 on x", "1 to 10")]
    [InlineData("quotes count:zero", "1 to 10")]
    public void Bad_options_are_explained(string text, string? expected)
    {
        var request = _parser.Parse(Mention(text));

        if (expected is null)
        {
            // "in" followed by something that is no language is just text, not an option.
            Assert.IsType<SummarizeRequest>(request);
            return;
        }
        Assert.Contains(expected, Assert.IsType<InvalidRequest>(request).Problem);
    }

    [Fact]
    public void A_bare_link_is_a_request_only_where_auto_summaries_are_on()
    {
        var posted = new ChatMessage(new Conversation("discord", "1"), "u", "m", "look https://example.org/a");

        Assert.Null(_parser.Parse(posted));
        var request = Assert.IsType<SummarizeRequest>(_parser.Parse(posted with { AutoSummarize = true }));
        Assert.Equal(SummaryLength.Short, request.Length);
    }

    [Fact]
    public void Chatter_without_mention_is_never_a_request_even_with_a_verb()
    {
        var message = new ChatMessage(new Conversation("slack", "C"), "u", "m", "summary of the meeting: fine") { AutoSummarize = true };

        Assert.Null(_parser.Parse(message));
    }

    [Fact]
    public void Bots_are_ignored() =>
        Assert.Null(_parser.Parse(Mention("summarize https://example.org/a") with { IsFromBot = true }));

    [Fact]
    public void At_most_the_configured_number_of_links_are_taken()
    {
        var text = "summarize https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4";

        var request = Assert.IsType<SummarizeRequest>(_parser.Parse(Mention(text)));

        Assert.Equal(3, request.Links.Count);
    }

    [Fact]
    public void Slash_command_options_become_the_same_requests()
    {
        var summarize = _parser.Parse(Command("summarize", ("url", "https://example.org/a"), ("length", "long"), ("language", "es")));
        var quotes = _parser.Parse(Command("quotes", ("url", "https://example.org/a"), ("topic", "trade war"), ("count", "4")));

        Assert.Equal(new SummarizeRequest([new Uri("https://example.org/a")], SummaryLength.Long, "es") with { Links = ((SummarizeRequest)summarize).Links }, summarize);
        Assert.Equal(new QuotesRequest(new Uri("https://example.org/a"), "trade war", 4), quotes);
        Assert.IsType<HelpRequest>(_parser.Parse(Command("help")));
    }

    [Fact]
    public void Slack_style_free_text_commands_are_parsed_like_mentions()
    {
        var request = _parser.Parse(Command("quotes", ("text", "<https://example.org/a> on rates")));

        Assert.Equal(new QuotesRequest(new Uri("https://example.org/a"), "rates", 3), request);
    }

    private static ChatMessage Mention(string text, string platform = "slack") =>
        new(new Conversation(platform, "C1"), "U1", "1", text) { MentionsBot = true };

    private static ChatCommand Command(string name, params (string Key, string Value)[] options) =>
        new(new Conversation("discord", "1"), "u", "i", name, options.ToDictionary(o => o.Key, o => o.Value));
}
