using System.Text.Json;
using System.Threading.Channels;
using Bot.Discord.Gateway.Compression;
using Bot.Discord.Gateway.Sharding;
using Bot.Discord.Gateway.Socket;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// One shard's gateway session on top of <see cref="ReconnectingWebSocket"/>: HELLO, IDENTIFY (through the identify
/// queue) or RESUME, heartbeats with zombie detection, sequence tracking, zlib-stream decoding and close-code handling.
/// Its session, sequence, resume URL and reconnect loop are its own, so a reconnecting shard never disturbs another.
/// The receive loop only parses and hands dispatches on; it never runs request work.
/// </summary>
internal sealed class DiscordGatewayClient : ISocketProtocol
{
    private static readonly HashSet<string> ForwardedEvents = ["READY", "MESSAGE_CREATE", "INTERACTION_CREATE"];

    private readonly ShardIdentity _shard;
    private readonly GatewayShardServices _services;
    private readonly DiscordOptions _options;
    private readonly ChannelWriter<GatewayDispatch> _dispatches;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly ReconnectingWebSocket _socket;
    private readonly string _query;

    private readonly GatewaySession _session = new();
    private ConnectionScope? _scope;
    private ZlibStreamInflater? _inflater;

    public DiscordGatewayClient(ShardIdentity shard, GatewayShardServices services, ChannelWriter<GatewayDispatch> dispatches)
    {
        _shard = shard;
        _services = services;
        _options = services.Options;
        _dispatches = dispatches;
        _query = GatewayCompression.Query(_options.Compression);
        _logger = services.Loggers.CreateLogger<DiscordGatewayClient>();
        var backoff = new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay, services.Random);
        _socket = new ReconnectingWebSocket(this, backoff, services.Time, services.Loggers.CreateLogger<ReconnectingWebSocket>());
    }

    public ShardIdentity Shard => _shard;

    public GatewayState State { get; private set; } = GatewayState.Disconnected;

    /// <summary>Connects and stays connected until cancelled or a fatal close.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var _ = _logger.BeginScope(new Dictionary<string, object> { ["ShardId"] = _shard.Id });
        try
        {
            await _socket.RunAsync(cancellationToken);
        }
        finally
        {
            State = GatewayState.Stopped;
            _inflater?.Dispose();
        }
    }

    async Task<Uri> ISocketProtocol.GetUriAsync(CancellationToken cancellationToken)
    {
        if (_session.CanResume)
        {
            State = GatewayState.Connecting;
            return new Uri(_session.ResumeUrl!.TrimEnd('/') + "/" + _query);
        }

        State = GatewayState.WaitingToIdentify;
        var gateway = await _services.GatewayInfo.GetAsync(cancellationToken);
        await _services.SessionBudget.TakeAsync(gateway.SessionStartLimit, cancellationToken);
        await _services.IdentifyQueue.WaitTurnAsync(
            _shard.Id, gateway.SessionStartLimit?.MaxConcurrency ?? 1, _options.IdentifyConcurrencyWindow, cancellationToken);
        State = GatewayState.Connecting;
        return new Uri(gateway.Url.TrimEnd('/') + "/" + _query);
    }

    void ISocketProtocol.OnOpened(WebSocketConnection connection)
    {
        _inflater?.Dispose();
        _inflater = GatewayCompression.IsZlibStream(_options.Compression) ? new ZlibStreamInflater() : null;
    }

    async Task ISocketProtocol.OnMessageAsync(WebSocketConnection connection, ReceivedMessage message, CancellationToken cancellationToken)
    {
        var json = message.Data;
        if (message.IsBinary)
        {
            if (_inflater?.Push(message.Data.Span) is not { } inflated)
                return;
            json = inflated;
        }
        if (json.IsEmpty)
            return;
        var payload = JsonSerializer.Deserialize<GatewayPayload>(json.Span, DiscordJson.Options);
        if (payload is null)
            return;

        switch (payload.Op)
        {
            case GatewayOpCode.Hello:
                await OnHelloAsync(connection, payload.D.Deserialize<HelloEvent>(DiscordJson.Options)!, cancellationToken);
                break;
            case GatewayOpCode.HeartbeatAck:
                if (_scope?.Heartbeater.Acknowledge() is { } latency)
                    _services.Metrics.HeartbeatAcknowledged(_shard.Id, latency);
                break;
            case GatewayOpCode.Heartbeat:
                await connection.SendAsync(GatewayFrames.Heartbeat(_session.Sequence), cancellationToken);
                break;
            case GatewayOpCode.Reconnect:
                _logger.LogInformation("Discord asked shard {ShardId} to reconnect (op 7); resuming", _shard.Id);
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
            _logger.LogCritical("Discord rejected the bot token (HTTP 401); check Discord:Token. Shard {ShardId} stops", _shard.Id);
            return SocketDecision.Stop;
        }

        var action = pending?.Action ?? GatewayCloseCodes.Classify(closure.CloseCode);
        var delay = pending?.Delay;
        switch (action)
        {
            case CloseAction.Fatal:
                _logger.LogCritical(
                    "Discord closed the gateway of shard {ShardId} with {CloseCode}: {Fix}. The shard stops; fix this and restart",
                    _shard.Id, closure.CloseCode, GatewayCloseCodes.Explain(closure.CloseCode ?? 0));
                return SocketDecision.Stop;
            case CloseAction.Identify:
                _session.Clear();
                break;
        }
        _services.Metrics.Reconnecting(_shard.Id);
        return delay is { } wait ? SocketDecision.RetryAfter(wait) : SocketDecision.Retry;
    }

    private async Task OnHelloAsync(WebSocketConnection connection, HelloEvent hello, CancellationToken cancellationToken)
    {
        _scope?.Dispose();
        var scope = _scope = new ConnectionScope(connection, new Heartbeater(_services.Time, _services.Random), cancellationToken);
        _ = RunHeartbeatsAsync(scope, TimeSpan.FromMilliseconds(hello.HeartbeatInterval));

        if (_session.CanResume)
        {
            State = GatewayState.Resuming;
            _logger.LogInformation("Resuming the Discord session of shard {ShardId} at sequence {Sequence}", _shard.Id, _session.Sequence);
            await connection.SendAsync(GatewayFrames.Resume(_options.Token, _session.SessionId!, _session.Sequence), cancellationToken);
        }
        else
        {
            State = GatewayState.Identifying;
            _logger.LogInformation("Identifying shard {Shard} with the Discord gateway", _shard);
            await connection.SendAsync(
                GatewayFrames.Identify(_options.Token, (int)GatewayIntents.LinkBot, _options.ClientName, _shard), cancellationToken);
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
                _logger.LogWarning(
                    "No heartbeat ACK from Discord within {Interval} on shard {ShardId}; dropping the zombie connection and resuming",
                    interval, _shard.Id);
                await scope.DropAsync(CloseAction.Resume, null, "zombie connection");
            }
        }
        catch (Exception) when (scope.Token.IsCancellationRequested)
        {
            // The connection ended while a beat was being sent.
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Heartbeat failed on shard {ShardId}; dropping the connection", _shard.Id);
            await scope.DropAsync(CloseAction.Resume, null, "heartbeat failed");
        }
    }

    private async Task OnInvalidSessionAsync(WebSocketConnection connection, bool resumable)
    {
        if (resumable)
        {
            _logger.LogInformation("Discord invalidated the session of shard {ShardId} (op 9, resumable); resuming", _shard.Id);
            await DropAsync(connection, CloseAction.Resume, null, "invalid session");
            return;
        }
        var min = _options.InvalidSessionMinDelay;
        var delay = min + (_options.InvalidSessionMaxDelay - min) * _services.Random();
        _logger.LogInformation("Discord invalidated the session of shard {ShardId} (op 9); identifying again in {Delay}", _shard.Id, delay);
        _session.Clear();
        await DropAsync(connection, CloseAction.Identify, delay, "invalid session");
    }

    private async Task OnDispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (payload.S is { } sequence)
            _session.Sequence = sequence;
        _services.Metrics.EventReceived(_shard.Id);

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D.Deserialize<ReadyEvent>(DiscordJson.Options)!;
                _session.Start(ready.SessionId, ready.ResumeGatewayUrl);
                State = GatewayState.Ready;
                _services.Metrics.SessionStarted(_shard.Id, resumed: false);
                _logger.LogInformation("Discord session of shard {Shard} ready as user {UserId}", _shard, ready.User.Id);
                break;
            case "RESUMED":
                State = GatewayState.Ready;
                _services.Metrics.SessionStarted(_shard.Id, resumed: true);
                _logger.LogInformation("Discord session of shard {ShardId} resumed at sequence {Sequence}", _shard.Id, _session.Sequence);
                break;
        }

        if (payload.T is { } type && ForwardedEvents.Contains(type))
            await _dispatches.WriteAsync(new GatewayDispatch(type, payload.D), cancellationToken);
    }

    /// <summary>Drops the connection on the bot's initiative (op 7, op 9); before HELLO there is no scope, so it resumes by default.</summary>
    private Task DropAsync(WebSocketConnection connection, CloseAction then, TimeSpan? delay, string reason) =>
        _scope is { } scope && scope.Connection == connection
            ? scope.DropAsync(then, delay, reason)
            : connection.CloseAndAbortAsync(GatewayCloseCodes.ZombieOrReconnect, reason);
}
