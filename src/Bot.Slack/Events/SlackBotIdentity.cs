namespace Bot.Slack.Events;

/// <summary>Who the bot is in this workspace, learned from auth.test at start.</summary>
internal sealed class SlackBotIdentity
{
    public string UserId { get; private set; } = "";

    public string? BotId { get; private set; }

    public void Set(string userId, string? botId)
    {
        UserId = userId;
        BotId = botId;
    }
}
