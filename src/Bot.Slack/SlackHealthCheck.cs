using Bot.Slack.SocketMode;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Slack;

/// <summary>Ready while at least one Socket Mode connection is up (Slack sends each event to one of them).</summary>
internal sealed class SlackHealthCheck(SocketModeClient socketMode, Microsoft.Extensions.Options.IOptions<SlackOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = Enumerable.Range(1, options.Value.Connections).Select(socketMode.StateOf).ToList();
        var up = states.Count(s => s is ConnectionState.Connected or ConnectionState.Refreshing);
        var summary = $"Slack Socket Mode: {up} of {states.Count} connections up ({string.Join(", ", states)})";
        return Task.FromResult(up > 0 ? HealthCheckResult.Healthy(summary) : HealthCheckResult.Unhealthy(summary));
    }
}
