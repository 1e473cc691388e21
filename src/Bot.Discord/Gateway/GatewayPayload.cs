using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>The envelope of every gateway message: <c>{ op, d, s, t }</c>.</summary>
internal sealed record GatewayPayload(int Op, JsonElement D, int? S, string? T);
