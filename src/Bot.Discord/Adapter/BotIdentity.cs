namespace Bot.Discord.Adapter;

/// <summary>Who the bot is on Discord, learned from READY (the application id may come from configuration).</summary>
internal sealed class BotIdentity
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId => _userId;

    public string? ApplicationId => _applicationId;

    public void Learn(string userId, string applicationId)
    {
        _userId = userId;
        _applicationId = applicationId;
    }
}
