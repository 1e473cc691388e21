namespace Bot.Discord.Gateway.Socket;

/// <summary>One complete WebSocket message: its bytes and whether it was sent as binary.</summary>
internal readonly record struct ReceivedMessage(ReadOnlyMemory<byte> Data, bool IsBinary);
