namespace Bot.Slack.SocketMode;

/// <summary>Where one Socket Mode connection slot stands.</summary>
internal enum ConnectionState
{
    Disconnected,
    Connecting,
    Connected,
    Refreshing,
    WaitingToReconnect,
    Stopped,
}
