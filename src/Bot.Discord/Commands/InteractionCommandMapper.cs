using System.Globalization;
using System.Text.Json;
using Bot.Core.Chat;

namespace Bot.Discord.Commands;

/// <summary>Translates a slash-command interaction into a platform-neutral <see cref="ChatCommand"/>.</summary>
internal static class InteractionCommandMapper
{
    private static readonly HashSet<string> KnownOptions = ["url", "length", "language", "topic", "count"];

    /// <summary>The command, or null for interactions that are not slash commands.</summary>
    public static ChatCommand? ToCommand(InteractionCreateEvent interaction)
    {
        if (interaction.Type != InteractionCreateEvent.ApplicationCommandType || interaction.Data is not { } data
            || interaction.ChannelId is null || interaction.InvokerId is null)
            return null;

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in data.Options ?? [])
            if (KnownOptions.Contains(option.Name) && option.Value is { } value && AsText(value) is { } text)
                options[option.Name] = text;

        return new ChatCommand(
            new Conversation("discord", interaction.ChannelId),
            interaction.InvokerId,
            interaction.Id,
            data.Name,
            options);
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
