using System.Text.Json;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Adapter;

/// <summary>READY: remembers the bot's user and application ids and registers the slash commands once.</summary>
internal sealed class ReadyHandler(
    BotIdentity identity, CommandRegistrar registrar, RequestRunner runner, IOptions<DiscordOptions> options) : IDispatchHandler
{
    private int _registered;

    public string EventType => "READY";

    public Task HandleAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var ready = data.Deserialize<ReadyEvent>(DiscordJson.Options)!;
        var applicationId = string.IsNullOrEmpty(options.Value.ApplicationId)
            ? ready.Application?.Id ?? ready.User.Id
            : options.Value.ApplicationId;
        identity.Learn(ready.User.Id, applicationId);

        if (Interlocked.Exchange(ref _registered, 1) == 0)
            runner.Start("slash command registration", ct => registrar.RegisterAsync(applicationId, ct), cancellationToken);
        return Task.CompletedTask;
    }
}
