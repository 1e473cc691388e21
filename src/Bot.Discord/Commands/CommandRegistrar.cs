using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

/// <summary>Registers the slash commands with a bulk overwrite: globally, or in each configured guild.</summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guilds = options.Value.GuildIds;
        if (guilds.Count == 0)
        {
            await rest.BulkOverwriteCommandsAsync(applicationId, null, SlashCommandCatalog.All, cancellationToken);
            logger.LogInformation("Registered {Count} global slash commands", SlashCommandCatalog.All.Count);
            return;
        }
        foreach (var guild in guilds)
        {
            await rest.BulkOverwriteCommandsAsync(applicationId, guild, SlashCommandCatalog.All, cancellationToken);
            logger.LogInformation("Registered {Count} slash commands in guild {GuildId}", SlashCommandCatalog.All.Count, guild);
        }
    }
}
