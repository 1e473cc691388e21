namespace Bot.Discord.Gateway;

/// <summary>Where the gateway session stands.</summary>
public enum GatewayState
{
    Disconnected,
    WaitingToIdentify,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Stopped,
}
