using System.Text.Json;
using Bot.Discord.Gateway.Sharding;

namespace Bot.Discord.Gateway;

/// <summary>The frames the bot sends. Written by hand because <c>d</c> must stay <c>null</c> in a first heartbeat.</summary>
internal static class GatewayFrames
{
    private static readonly string OperatingSystemName =
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";

    public static byte[] Heartbeat(int? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(new { op = GatewayOpCode.Heartbeat, d = sequence });

    public static byte[] Identify(string token, int intents, string clientName, ShardIdentity shard) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            op = GatewayOpCode.Identify,
            d = new
            {
                token,
                intents,
                properties = new { os = OperatingSystemName, browser = clientName, device = clientName },
                shard = new[] { shard.Id, shard.Count },
            },
        });

    public static byte[] Resume(string token, string sessionId, int? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(new { op = GatewayOpCode.Resume, d = new { token, session_id = sessionId, seq = sequence } });
}
