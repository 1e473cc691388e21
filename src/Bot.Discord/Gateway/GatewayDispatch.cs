using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>A dispatch (op 0) handed from the receive loop to the worker.</summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data);
