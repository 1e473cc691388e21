using System.Text.Json;

namespace Bot.Discord.Adapter;

/// <summary>Handles one gateway event type. Runs on the dispatch worker: quick work only, slow work via <see cref="RequestRunner"/>.</summary>
internal interface IDispatchHandler
{
    string EventType { get; }

    Task HandleAsync(JsonElement data, CancellationToken cancellationToken);
}
