namespace Bot.Discord.Gateway.Socket;

internal enum SocketState
{
    Idle,
    Connecting,
    Open,
    WaitingToReconnect,
    Stopped,
}
