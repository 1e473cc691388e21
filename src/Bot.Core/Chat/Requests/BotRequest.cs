using Bot.Core.Summaries;

namespace Bot.Core.Chat.Requests;

/// <summary>What someone asked the bot for, whatever the way they asked (mention, slash command, bare link).</summary>
public abstract record BotRequest;

/// <param name="Links">The links to summarize; empty means "the last link posted here".</param>
public sealed record SummarizeRequest(IReadOnlyList<Uri> Links, SummaryLength Length, string? Language) : BotRequest;

/// <param name="Link">The article; null means "the last link posted here".</param>
/// <param name="Topic">Null for the key quotes.</param>
public sealed record QuotesRequest(Uri? Link, string? Topic, int Count) : BotRequest;

public sealed record HelpRequest : BotRequest;

/// <summary>A request the bot could not make sense of; <see cref="Problem"/> says why, in words for the user.</summary>
public sealed record InvalidRequest(string Problem) : BotRequest;
