namespace Bot.Discord.Gateway;

/// <summary>Where the gateway session stands.</summary>
public enum GatewayState
{
    Disconnected,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Stopped,
}
