using Bot.Core.Diagnostics;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis.Connection;

/// <summary>
/// The process's one <see cref="ConnectionMultiplexer"/>: connected when first needed (at start-up by the storage
/// check), reconnected by the multiplexer itself after any failure, never one per call. While the server is out of
/// reach <see cref="Database"/> is null and the stores fall back; one warning names the cause of each outage.
/// </summary>
public sealed class RedisConnection : IStorageStartupCheck, IAsyncDisposable
{
    /// <summary>How long start-up waits for the server before the bot starts without it.</summary>
    private const int StartupConnectTimeoutMs = 2_000;

    private readonly ConfigurationOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lock _lock = new();
    private ConnectionMultiplexer? _multiplexer;
    private Task? _connecting;
    private int _degraded;
    private volatile string? _lastFailure;

    public RedisConnection(IOptions<RedisStorageOptions> options, ILogger<RedisConnection> logger, BotMetrics? metrics = null)
    {
        if (metrics is not null)
        {
            Reconnected += () => metrics.Reconnected("redis");
        }
        _logger = logger;
        _options = ConfigurationOptions.Parse(options.Value.Redis);
        // Commands fail at once while disconnected (the caller falls back) instead of queueing until a timeout.
        _options.BacklogPolicy = BacklogPolicy.FailFast;
        _options.ClientName ??= "articlebot";
        Endpoint = string.Join(",", _options.EndPoints.Select(EndPointText));
    }

    /// <summary>The configured server(s), without credentials.</summary>
    public string Endpoint { get; }

    /// <summary>Raised when the server is reachable again after an outage.</summary>
    public event Action? Reconnected;

    public bool IsConnected => _multiplexer?.IsConnected == true;

    /// <summary>Why the server could not be used last, or null while it is connected.</summary>
    public string? LastFailure => IsConnected ? null : _lastFailure ?? "not connected yet";

    /// <summary>The database while connected; null while not (and the first call starts connecting).</summary>
    public IDatabase? Database
    {
        get
        {
            var multiplexer = _multiplexer;
            if (multiplexer is null)
            {
                EnsureConnecting();
                return null;
            }
            return multiplexer.IsConnected ? multiplexer.GetDatabase() : null;
        }
    }

    /// <summary>Connects before the bot starts. Refused credentials stop the start with one line; an unreachable
    /// server does not: the bot starts without it and the multiplexer keeps trying in the background.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is not null || _connecting is not null)
        {
            return;
        }

        var probe = _options.Clone();
        probe.AbortOnConnectFail = true;
        probe.ConnectRetry = 1;
        probe.ConnectTimeout = Math.Min(probe.ConnectTimeout, StartupConnectTimeoutMs);
        try
        {
            Adopt(await ConnectionMultiplexer.ConnectAsync(probe).WaitAsync(cancellationToken).ConfigureAwait(false));
            _logger.LogInformation("Storage: Redis at {Endpoint}", Endpoint);
        }
        catch (RedisConnectionException ex) when (ex.FailureType == ConnectionFailureType.AuthenticationFailure)
        {
            throw new StorageException(
                $"Storage:Redis: {Endpoint} refused the credentials ({(ex.InnerException ?? ex).Message.TrimEnd('.')}). "
                + "Check the password (and user) in Storage:Redis.", ex);
        }
        catch (RedisConnectionException ex)
        {
            MarkDegraded(ex.InnerException?.Message is { Length: > 0 } inner ? $"{ex.FailureType}: {inner}" : ex.FailureType.ToString());
            EnsureConnecting();
        }
    }

    /// <summary>A command failed for want of the server (not because of the command).</summary>
    internal void ReportFailure(Exception exception)
    {
        if (!IsConnected)
        {
            MarkDegraded(exception.Message);
        }
    }

    private void EnsureConnecting()
    {
        lock (_lock)
        {
            if (_multiplexer is null && _connecting is null)
            {
                _connecting = ConnectInBackgroundAsync();
            }
        }
    }

    private async Task ConnectInBackgroundAsync()
    {
        var options = _options.Clone();
        options.AbortOnConnectFail = false;
        try
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            Adopt(multiplexer);
            if (multiplexer.IsConnected)
            {
                MarkRestored();
            }
            else
            {
                MarkDegraded("no answer within the connect timeout");
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not set up the Redis connection to {Endpoint}", Endpoint);
        }
    }

    private void Adopt(ConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                MarkDegraded(e.Exception?.Message is { Length: > 0 } message ? $"{e.FailureType}: {message}" : e.FailureType.ToString());
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                MarkRestored();
            }
        };
        _multiplexer = multiplexer;
    }

    private void MarkDegraded(string cause)
    {
        _lastFailure = cause;
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            _logger.LogWarning(
                "Redis at {Endpoint} is unreachable ({Cause}): caches miss, and delivered-event ids and rate limits are kept "
                + "in this instance's memory until it reconnects by itself",
                Endpoint, cause);
        }
    }

    private void MarkRestored()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            _logger.LogWarning("Redis at {Endpoint} is reachable again; shared state is back", Endpoint);
            Reconnected?.Invoke();
        }
    }

    private static string EndPointText(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? "?",
    };

    public async ValueTask DisposeAsync()
    {
        if (_connecting is { } connecting)
        {
            await connecting.ConfigureAwait(false);
        }
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
            multiplexer.Dispose();
        }
    }
}
