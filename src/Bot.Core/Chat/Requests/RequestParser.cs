using System.Globalization;
using Bot.Core.Chat.Links;
using Bot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat.Requests;

/// <summary>
/// Reads a request out of chat text or a slash command: <c>summarize &lt;link&gt; [short|medium|long] [in xx]</c>,
/// <c>quotes [&lt;link&gt;] [on|about &lt;topic&gt;] [count:n]</c>, <c>help</c>, or a bare link.
/// </summary>
public sealed class RequestParser(IOptions<ChatOptions> options)
{
    private static readonly string[] SummarizeVerbs = ["summarize", "summarise", "summary", "tldr", "tl;dr"];
    private static readonly string[] QuotesVerbs = ["quotes", "quote"];
    private static readonly string[] HelpVerbs = ["help", "?", "commands"];

    private static readonly Dictionary<string, string> SummarizeOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["length"] = "length", ["language"] = "language", ["lang"] = "language",
    };

    private static readonly Dictionary<string, string> QuotesOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = "count", ["topic"] = "topic",
    };

    private readonly ChatOptions _options = options.Value;

    /// <summary>The request in a chat message, or null when the message is not addressed to the bot.</summary>
    public BotRequest? Parse(ChatMessage message)
    {
        if (message.IsFromBot)
        {
            return null;
        }

        var words = Words(message.Text);
        var verb = words.Length > 0 ? words[0].TrimStart('/', '!').ToLowerInvariant() : "";
        if (message.MentionsBot)
        {
            return ParseVerb(verb, words.Skip(1).ToArray()) ?? MentionWithoutVerb(message.Text);
        }

        // Unaddressed chatter: only a link posted where auto-summaries are on is a request.
        if (!message.AutoSummarize)
        {
            return null;
        }
        var links = LinkFinder.Find(message.Text, _options.MaxLinksPerMessage);
        return links.Count > 0 ? new SummarizeRequest(links, SummaryLength.Short, null) : null;
    }

    /// <summary>The request in a slash command; never null.</summary>
    public BotRequest Parse(ChatCommand command)
    {
        var verb = command.Name.TrimStart('/').ToLowerInvariant();
        if (command.Options.TryGetValue("text", out var text))
        {
            return ParseVerb(verb, Words(text)) ?? new HelpRequest();
        }

        string? Option(string name) => command.Options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var parts = new List<string>();
        if (Option("url") is { } url) parts.Add(url);
        if (Option("length") is { } length) parts.Add("length:" + length);
        if (Option("language") is { } language) parts.Add("language:" + language);
        if (Option("count") is { } count) parts.Add("count:" + count);
        var request = ParseVerb(verb, parts.ToArray()) ?? new HelpRequest();
        // The topic option is the topic word for word, whatever it looks like.
        return request is QuotesRequest quotes && Topic(Option("topic")) is { } topic ? quotes with { Topic = topic } : request;
    }

    private BotRequest? ParseVerb(string verb, string[] args)
    {
        if (SummarizeVerbs.Contains(verb)) return ParseSummarize(args);
        if (QuotesVerbs.Contains(verb)) return ParseQuotes(args);
        if (HelpVerbs.Contains(verb)) return new HelpRequest();
        return null;
    }

    private BotRequest MentionWithoutVerb(string text)
    {
        var links = LinkFinder.Find(text, _options.MaxLinksPerMessage);
        return links.Count > 0 ? new SummarizeRequest(links, SummaryLength.Medium, null) : new HelpRequest();
    }

    private BotRequest ParseSummarize(string[] args)
    {
        var words = RequestWords.Read(args, SummarizeOptions, languageAfterIn: true);
        if (words.Problem is { } problem)
        {
            return new InvalidRequest($"{problem} Try: summarize <link> [short|medium|long] [in <language>].");
        }

        var length = SummaryLength.Medium;
        if (words.Options.TryGetValue("length", out var named) && !SummaryLengthExtensions.TryParse(named, out length))
        {
            return new InvalidRequest($"Length must be short, medium or long, not \"{named}\".");
        }
        string? language = null;
        if (words.Options.TryGetValue("language", out var name) && (language = LanguageNames.ToCode(name)) is null)
        {
            return new InvalidRequest($"I don't know the language \"{name}\"; use a code such as de, fr or ja.");
        }

        var rest = new List<string>();
        foreach (var word in words.Rest)
        {
            if (named is null && SummaryLengthExtensions.TryParse(word, out var bare))
            {
                length = bare;
            }
            else
            {
                rest.Add(word);
            }
        }
        var links = LinkFinder.Find(string.Join(' ', rest), _options.MaxLinksPerMessage);
        return new SummarizeRequest(links, length, language);
    }

    private BotRequest ParseQuotes(string[] args)
    {
        var words = RequestWords.Read(args, QuotesOptions, languageAfterIn: false);
        if (words.Problem is { } problem)
        {
            return new InvalidRequest($"{problem} Try: quotes [<link>] [on <topic>] [count:<n>].");
        }

        var count = _options.DefaultQuoteCount;
        if (words.Options.TryGetValue("count", out var value)
            && (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > _options.MaxQuoteCount))
        {
            return new InvalidRequest($"Count must be a number from 1 to {_options.MaxQuoteCount}.");
        }

        var link = LinkFinder.Find(string.Join(' ', words.Rest), 1).FirstOrDefault();
        return new QuotesRequest(link, Topic(string.Join(' ', words.Topic)), count);
    }

    /// <summary>The topic without the quotation marks around it; null when nothing is left.</summary>
    private static string? Topic(string? text)
    {
        var topic = text?.Trim().Trim('"', '\'', '“', '”', '«', '»').Trim();
        return string.IsNullOrEmpty(topic) ? null : topic;
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
