using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Discord;

/// <summary>
/// Discord on loopback: <c>/api/v10/gateway/bot</c>, the gateway WebSocket (at <c>/gateway</c>, and at
/// <c>/resume</c> as the resume URL), and every other REST route, which is recorded and answered by script or default.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string BotUserId = "111111111111111111";
    public const string ApplicationId = "222222222222222222";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> Match, FakeResponse Response)> _scripted = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<RecordedIdentify> _identifies = [];
    private FakeSessionStartLimit _startLimit = new();

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string WebSocketBaseUrl => BaseUrl.Replace("http://", "ws://");

    public ConcurrentQueue<RecordedRequest> AllRequests { get; } = new();

    /// <summary>The shard count <c>GET /gateway/bot</c> recommends.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>The <c>session_start_limit</c> of <c>GET /gateway/bot</c>; every IDENTIFY takes one from <c>Remaining</c>.</summary>
    public FakeSessionStartLimit StartLimit
    {
        get { lock (_identifies) return _startLimit; }
        set { lock (_identifies) _startLimit = value; }
    }

    /// <summary>The clock identifies are stamped with (a FakeTimeProvider when the bot runs on one).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Every IDENTIFY received, in order.</summary>
    public IReadOnlyList<RecordedIdentify> Identifies
    {
        get { lock (_identifies) return [.. _identifies]; }
    }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map("/api/v10/{**route}", fake.AnswerRestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>Answers the next request matching <paramref name="match"/> with <paramref name="response"/> (once).</summary>
    public void Script(Func<RecordedRequest, bool> match, FakeResponse response) => _scripted.Enqueue((match, response));

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    /// <summary>
    /// Accepts the bot's next connection, says HELLO, waits for IDENTIFY, and sends READY (s = 1) for the shard it
    /// named; the session id gets the shard's number appended when it is not shard 0.
    /// </summary>
    public async Task<FakeGatewayConnection> ConnectReadyAsync(int heartbeatMs = 45000, string sessionId = "session-1", TimeSpan? timeout = null)
    {
        var connection = await NextConnectionAsync(timeout);
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatMs } });
        var shard = (await connection.ReceiveOpAsync(2)).GetProperty("d").TryGetProperty("shard", out var s) ? s : default;
        int[] shardArray = shard.ValueKind == System.Text.Json.JsonValueKind.Array ? [shard[0].GetInt32(), shard[1].GetInt32()] : [0, 1];
        var session = shardArray[0] == 0 ? sessionId : $"{sessionId}-shard{shardArray[0]}";
        await connection.SendAsync(DiscordFrames.Ready(WebSocketBaseUrl + "/resume", session, sequence: 1, shard: shardArray));
        return connection;
    }

    /// <summary>Connects <paramref name="count"/> shards as <see cref="ConnectReadyAsync"/> does, keyed by the shard each identified as.</summary>
    public async Task<IReadOnlyDictionary<int, FakeGatewayConnection>> ConnectShardsReadyAsync(int count, int heartbeatMs = 600_000)
    {
        var shards = new Dictionary<int, FakeGatewayConnection>();
        for (var i = 0; i < count; i++)
        {
            var connection = await ConnectReadyAsync(heartbeatMs);
            shards.Add(connection.ShardId ?? 0, connection);
        }
        return shards;
    }

    /// <summary>A guild id whose events Discord sends to <paramref name="shardId"/> of <paramref name="shardCount"/> (<c>(id >> 22) % count</c>).</summary>
    public static string GuildIdOnShard(int shardId, int shardCount) =>
        (((ulong)(70_000 * shardCount + shardId)) << 22).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when the bot opens another gateway connection within <paramref name="within"/>.</summary>
    public async Task<bool> ConnectsAgainWithinAsync(TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        try
        {
            return await _connections.Reader.WaitToReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The next REST request matching <paramref name="match"/>; others are skipped (but stay in <see cref="AllRequests"/>).</summary>
    public async Task<RecordedRequest> NextRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        while (true)
        {
            var request = await _requests.Reader.ReadAsync(cts.Token);
            if (match(request))
                return request;
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(
            socket, context.Request.Path.Value!.TrimEnd('/'), context.Request.QueryString.Value ?? "", RecordIdentify);
        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync(_stopping.Token);
    }

    private void RecordIdentify(FakeGatewayConnection connection, System.Text.Json.JsonElement frame)
    {
        if (frame.GetProperty("op").GetInt32() != 2)
            return;
        var d = frame.GetProperty("d");
        var (id, count) = d.TryGetProperty("shard", out var shard) ? (shard[0].GetInt32(), shard[1].GetInt32()) : (0, 1);
        lock (_identifies)
        {
            _identifies.Add(new RecordedIdentify(id, count, Clock.GetUtcNow()));
            _startLimit = _startLimit with { Remaining = Math.Max(0, _startLimit.Remaining - 1) };
        }
    }

    private string GatewayBotJson()
    {
        var limit = StartLimit;
        return $$$"""{"url":"{{{WebSocketBaseUrl}}}/gateway","shards":{{{RecommendedShards}}},"session_start_limit":{"total":{{{limit.Total}}},"remaining":{{{limit.Remaining}}},"reset_after":{{{limit.ResetAfterMs}}},"max_concurrency":{{{limit.MaxConcurrency}}}}}""";
    }

    private async Task AnswerRestAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value!, headers, body, DateTimeOffset.UtcNow);

        var response = TakeScripted(request) ?? DefaultResponse(request);
        request.Status = response.Status;
        AllRequests.Enqueue(request);
        await _requests.Writer.WriteAsync(request);

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Body is { } json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    }

    private FakeResponse? TakeScripted(RecordedRequest request)
    {
        lock (_scripted)
        {
            var all = _scripted.ToArray();
            _scripted.Clear();
            FakeResponse? found = null;
            foreach (var rule in all)
                if (found is null && rule.Match(request))
                    found = rule.Response;
                else
                    _scripted.Enqueue(rule);
            return found;
        }
    }

    private FakeResponse DefaultResponse(RecordedRequest request) => request switch
    {
        { Method: "GET", Path: "/api/v10/gateway/bot" } => new(200, GatewayBotJson()),
        { Method: "POST" } when request.Path.EndsWith("/typing") || request.Path.EndsWith("/callback") => new(204),
        { Method: "PUT" } => new(200, "[]"),
        _ => new(200, """{"id":"900000000000000001"}"""),
    };

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
