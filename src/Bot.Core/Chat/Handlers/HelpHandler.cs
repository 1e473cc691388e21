using System.Text;
using Bot.Core.Chat.Requests;
using Bot.Core.Summaries;

namespace Bot.Core.Chat.Handlers;

/// <summary>What the bot can do, with examples, and how it is configured here. Also the last resort of the router.</summary>
public sealed class HelpHandler(ISummarizer summarizer, BotDescription description) : IBotRequestHandler
{
    public bool CanHandle(BotRequest request) => request is HelpRequest;

    public Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken) =>
        context.Responder.SendAsync(Reply.Info(Text(context)), cancellationToken);

    private string Text(RequestContext context)
    {
        var text = new StringBuilder()
            .AppendLine("I read the articles you link and answer with a summary and verbatim quotes.")
            .AppendLine("• summarize <link> [short|medium|long] [in <language>]: a summary with key quotes")
            .AppendLine("  e.g. summarize https://example.org/story long in de")
            .AppendLine("• quotes [<link>] [on <topic>] [count:<n>]: quotes, word for word (the last link posted here if none is given)")
            .AppendLine("  e.g. quotes on climate policy")
            .AppendLine("• help: this text")
            .AppendLine("Mention me with a link and I summarize it. Slash commands: /summarize, /quotes, /help.")
            .Append("Here: summaries by ").Append(summarizer.Id == "offline" ? "the offline summarizer (no LLM configured)" : summarizer.Id)
            .Append("; platforms: ").Append(string.Join(", ", description.Platforms));

        var platform = context.Conversation.Platform;
        var auto = context.AutoSummarizeHere switch
        {
            true => "on in this channel",
            false => "off in this channel",
            null => description.AutoSummaries.GetValueOrDefault(platform, "off"),
        };
        return text.Append("; auto-summaries of posted links: ").Append(auto).Append('.').ToString();
    }
}
