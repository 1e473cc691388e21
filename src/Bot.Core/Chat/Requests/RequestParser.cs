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
        if (Option("topic") is { } topic)
        {
            parts.Add("on");
            parts.AddRange(Words(topic));
        }
        return ParseVerb(verb, parts.ToArray()) ?? new HelpRequest();
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
        var length = SummaryLength.Medium;
        string? language = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value, consumed) = NamedValue(args, i, "length", "language", "lang", "in");
            i += consumed;
            switch (name)
            {
                case "length" when !SummaryLengthExtensions.TryParse(value, out length):
                    return new InvalidRequest($"Length must be short, medium or long, not \"{value}\".");
                case "language" or "lang" or "in":
                    language = LanguageNames.ToCode(value!);
                    if (language is null)
                    {
                        return new InvalidRequest($"I don't know the language \"{value}\"; use a code such as de, fr or ja.");
                    }
                    break;
                case null when SummaryLengthExtensions.TryParse(args[i], out var bare):
                    length = bare;
                    break;
                case null:
                    rest.Add(args[i]);
                    break;
            }
        }
        var links = LinkFinder.Find(string.Join(' ', rest), _options.MaxLinksPerMessage);
        return new SummarizeRequest(links, length, language);
    }

    private BotRequest ParseQuotes(string[] args)
    {
        var count = _options.DefaultQuoteCount;
        var rest = new List<string>();
        string? topic = null;
        for (var i = 0; i < args.Length; i++)
        {
            var word = args[i].ToLowerInvariant();
            if (word is "on" or "about" or "topic:" && topic is null)
            {
                topic = string.Join(' ', args.Skip(i + 1)).Trim().Trim('"', '\'', '“', '”');
                break;
            }

            var (name, value, consumed) = NamedValue(args, i, "count", "topic");
            i += consumed;
            if (name == "topic")
            {
                topic = string.Join(' ', new[] { value! }.Concat(args.Skip(i + 1))).Trim().Trim('"', '\'');
                break;
            }
            if (name == "count")
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > _options.MaxQuoteCount)
                {
                    return new InvalidRequest($"Count must be a number from 1 to {_options.MaxQuoteCount}.");
                }
                continue;
            }
            rest.Add(args[i]);
        }

        var link = LinkFinder.Find(string.Join(' ', rest), 1).FirstOrDefault();
        return new QuotesRequest(link, string.IsNullOrWhiteSpace(topic) ? null : topic, count);
    }

    /// <summary>Recognises <c>name:value</c>, <c>--name value</c> and, for "in", <c>in value</c>.</summary>
    private static (string? Name, string? Value, int Consumed) NamedValue(string[] args, int i, params string[] names)
    {
        var word = args[i];
        foreach (var name in names)
        {
            if (name != "in" && word.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && word.Length > name.Length + 1)
            {
                return (name, word[(name.Length + 1)..], 0);
            }
            var flag = name == "in" ? "in" : "--" + name;
            if (word.Equals(flag, StringComparison.OrdinalIgnoreCase) && i + 1 < args.Length
                && (name != "in" || LanguageNames.ToCode(args[i + 1]) is not null))
            {
                return (name, args[i + 1], 1);
            }
        }
        return (null, null, 0);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
