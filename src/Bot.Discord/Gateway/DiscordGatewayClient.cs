using System.Text.Json;
using System.Threading.Channels;
using Bot.Discord.Gateway.Socket;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// The Discord gateway protocol on top of <see cref="ReconnectingWebSocket"/>: HELLO, IDENTIFY or RESUME,
/// heartbeats with zombie detection, sequence tracking, and close-code handling. The receive loop only parses
/// and hands dispatches to <see cref="Dispatches"/>; it never runs request work.
/// </summary>
internal sealed class DiscordGatewayClient : ISocketProtocol
{
    private static readonly HashSet<string> ForwardedEvents = ["READY", "MESSAGE_CREATE", "INTERACTION_CREATE"];
    private const string Query = "?v=10&encoding=json";

    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly ReconnectingWebSocket _socket;
    private readonly IdentifyThrottle _identifyThrottle;
    private readonly Channel<GatewayDispatch> _dispatches =
        Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });

    private readonly GatewaySession _session = new();
    private ConnectionScope? _scope;

    public DiscordGatewayClient(
        DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILoggerFactory loggers, Func<double>? random = null)
    {
        _rest = rest;
        _options = options.Value;
        _time = time;
        _random = random ?? Random.Shared.NextDouble;
        _logger = loggers.CreateLogger<DiscordGatewayClient>();
        _identifyThrottle = new IdentifyThrottle(time, _options.IdentifyConcurrencyWindow, _logger);
        var backoff = new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay, _random);
        _socket = new ReconnectingWebSocket(this, backoff, time, loggers.CreateLogger<ReconnectingWebSocket>());
    }

    public GatewayState State { get; private set; } = GatewayState.Disconnected;

    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>Connects and stays connected until cancelled or a fatal close; then completes <see cref="Dispatches"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _socket.RunAsync(cancellationToken);
        }
        finally
        {
            State = GatewayState.Stopped;
            _dispatches.Writer.TryComplete();
        }
    }

    async Task<Uri> ISocketProtocol.GetUriAsync(CancellationToken cancellationToken)
    {
        State = GatewayState.Connecting;
        if (_session.CanResume)
            return new Uri(_session.ResumeUrl!.TrimEnd('/') + "/" + Query);

        var gateway = await _rest.GetGatewayBotAsync(cancellationToken);
        await _identifyThrottle.WaitTurnAsync(gateway.SessionStartLimit, cancellationToken);
        return new Uri(gateway.Url.TrimEnd('/') + "/" + Query);
    }

    async Task ISocketProtocol.OnMessageAsync(WebSocketConnection connection, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        if (message.IsEmpty)
            return;
        var payload = JsonSerializer.Deserialize<GatewayPayload>(message.Span, DiscordJson.Options);
        if (payload is null)
            return;

        switch (payload.Op)
        {
            case GatewayOpCode.Hello:
                await OnHelloAsync(connection, payload.D.Deserialize<HelloEvent>(DiscordJson.Options)!, cancellationToken);
                break;
            case GatewayOpCode.HeartbeatAck:
                _scope?.Heartbeater.Acknowledge();
                break;
            case GatewayOpCode.Heartbeat:
                await connection.SendAsync(GatewayFrames.Heartbeat(_session.Sequence), cancellationToken);
                break;
            case GatewayOpCode.Reconnect:
                _logger.LogInformation("Discord asked the bot to reconnect (op 7); resuming");
                await DropAsync(connection, CloseAction.Resume, null, "reconnect requested");
                break;
            case GatewayOpCode.InvalidSession:
                await OnInvalidSessionAsync(connection, payload.D.ValueKind == JsonValueKind.True);
                break;
            case GatewayOpCode.Dispatch:
                await OnDispatchAsync(payload, cancellationToken);
                break;
        }
    }

    SocketDecision ISocketProtocol.OnClosed(SocketClosure closure)
    {
        var pending = _scope?.PendingClose;
        _scope?.Dispose();
        _scope = null;
        State = GatewayState.Disconnected;

        if (closure.Error is DiscordApiException { IsUnauthorized: true })
        {
            _logger.LogCritical("Discord rejected the bot token (HTTP 401); check Discord:Token. The Discord adapter stops");
            return SocketDecision.Stop;
        }

        var action = pending?.Action ?? GatewayCloseCodes.Classify(closure.CloseCode);
        var delay = pending?.Delay;
        switch (action)
        {
            case CloseAction.Fatal:
                _logger.LogCritical(
                    "Discord closed the gateway with {CloseCode}: {Fix}. The Discord adapter stops; fix this and restart",
                    closure.CloseCode, GatewayCloseCodes.Explain(closure.CloseCode ?? 0));
                return SocketDecision.Stop;
            case CloseAction.Identify:
                _session.Clear();
                break;
        }
        return delay is { } wait ? SocketDecision.RetryAfter(wait) : SocketDecision.Retry;
    }

    private async Task OnHelloAsync(WebSocketConnection connection, HelloEvent hello, CancellationToken cancellationToken)
    {
        _scope?.Dispose();
        var scope = _scope = new ConnectionScope(connection, new Heartbeater(_time, _random), cancellationToken);
        _ = RunHeartbeatsAsync(scope, TimeSpan.FromMilliseconds(hello.HeartbeatInterval));

        if (_session.CanResume)
        {
            State = GatewayState.Resuming;
            _logger.LogInformation("Resuming the Discord session at sequence {Sequence}", _session.Sequence);
            await connection.SendAsync(GatewayFrames.Resume(_options.Token, _session.SessionId!, _session.Sequence), cancellationToken);
        }
        else
        {
            State = GatewayState.Identifying;
            _logger.LogInformation("Identifying with the Discord gateway");
            await connection.SendAsync(GatewayFrames.Identify(_options.Token, (int)GatewayIntents.LinkBot, _options.ClientName), cancellationToken);
        }
    }

    private async Task RunHeartbeatsAsync(ConnectionScope scope, TimeSpan interval)
    {
        try
        {
            var zombie = await scope.Heartbeater.RunAsync(
                interval, ct => scope.Connection.SendAsync(GatewayFrames.Heartbeat(_session.Sequence), ct), scope.Token);
            if (zombie)
            {
                _logger.LogWarning("No heartbeat ACK from Discord within {Interval}; dropping the zombie connection and resuming", interval);
                await scope.DropAsync(CloseAction.Resume, null, "zombie connection");
            }
        }
        catch (Exception) when (scope.Token.IsCancellationRequested)
        {
            // The connection ended while a beat was being sent.
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Heartbeat failed; dropping the connection");
            await scope.DropAsync(CloseAction.Resume, null, "heartbeat failed");
        }
    }

    private async Task OnInvalidSessionAsync(WebSocketConnection connection, bool resumable)
    {
        if (resumable)
        {
            _logger.LogInformation("Discord invalidated the session (op 9, resumable); resuming");
            await DropAsync(connection, CloseAction.Resume, null, "invalid session");
            return;
        }
        var min = _options.InvalidSessionMinDelay;
        var delay = min + (_options.InvalidSessionMaxDelay - min) * _random();
        _logger.LogInformation("Discord invalidated the session (op 9); identifying again in {Delay}", delay);
        _session.Clear();
        await DropAsync(connection, CloseAction.Identify, delay, "invalid session");
    }

    private async Task OnDispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (payload.S is { } sequence)
            _session.Sequence = sequence;

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D.Deserialize<ReadyEvent>(DiscordJson.Options)!;
                _session.Start(ready.SessionId, ready.ResumeGatewayUrl);
                State = GatewayState.Ready;
                _logger.LogInformation("Discord session ready as user {UserId}", ready.User.Id);
                break;
            case "RESUMED":
                State = GatewayState.Ready;
                _logger.LogInformation("Discord session resumed at sequence {Sequence}", _session.Sequence);
                break;
        }

        if (payload.T is { } type && ForwardedEvents.Contains(type))
            await _dispatches.Writer.WriteAsync(new GatewayDispatch(type, payload.D), cancellationToken);
    }

    /// <summary>Drops the connection on the bot's initiative (op 7, op 9); before HELLO there is no scope, so it resumes by default.</summary>
    private Task DropAsync(WebSocketConnection connection, CloseAction then, TimeSpan? delay, string reason) =>
        _scope is { } scope && scope.Connection == connection
            ? scope.DropAsync(then, delay, reason)
            : connection.CloseAndAbortAsync(GatewayCloseCodes.ZombieOrReconnect, reason);
}
