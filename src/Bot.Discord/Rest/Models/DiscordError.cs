namespace Bot.Discord.Rest.Models;

/// <summary>The body of a 4xx answer, and of a 429 (<c>retry_after</c> in seconds, <c>global</c>).</summary>
internal sealed record DiscordError(int? Code, string? Message, double? RetryAfter, bool? Global);
