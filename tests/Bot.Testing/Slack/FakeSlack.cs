using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Slack;

/// <summary>One Web API call as the fake received it.</summary>
public sealed record ApiCall(string Method, string? Authorization, JsonElement Body, DateTimeOffset At);

/// <summary>
/// Slack on loopback: Web API routes under /api/, response_url hooks under /response/, and Socket Mode
/// sockets under /link/ whose frames the test sends one by one.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TimeProvider time;
    private readonly Channel<FakeSocket> sockets = Channel.CreateUnbounded<FakeSocket>();
    private readonly Channel<ApiCall> callFeed = Channel.CreateUnbounded<ApiCall>();
    private readonly ConcurrentQueue<ApiCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> scripted = new();
    private int tickets;
    private int messages;

    private FakeSlack(WebApplication app, TimeProvider time)
    {
        this.app = app;
        this.time = time;
    }

    public string BaseUrl { get; private set; } = "";

    public string ApiBase => BaseUrl + "/api/";

    public IReadOnlyList<ApiCall> Calls => calls.ToList();

    public IReadOnlyList<ApiCall> CallsTo(string method) => calls.Where(c => c.Method == method).ToList();

    public static async Task<FakeSlack> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app, time ?? TimeProvider.System);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => fake.ApiAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context, string id) => fake.ApiAsync(context, "response_url:" + id));
        app.Map("/link", fake.LinkAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next Web API call (any method), waiting at most a few seconds.</summary>
    public async Task<ApiCall> NextCallAsync(string method, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        await foreach (var call in callFeed.Reader.ReadAllAsync(cts.Token))
        {
            if (call.Method == method)
            {
                return call;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    public Task<FakeSocket> NextSocketAsync(TimeSpan? timeout = null) =>
        sockets.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>Waits for the adapter's next Socket Mode connection and says hello on it.</summary>
    public async Task<FakeSocket> ConnectAsync()
    {
        var socket = await NextSocketAsync();
        await socket.SendHelloAsync();
        return socket;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the default one.</summary>
    public void Script(string method, int status, string body, int? retryAfterSeconds = null) =>
        scripted.GetOrAdd(method, _ => new()).Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            if (retryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ApiAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = context.Request.ContentType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        var call = new ApiCall(method, context.Request.Headers.Authorization.ToString(), body, time.GetUtcNow());
        calls.Enqueue(call);
        callFeed.Writer.TryWrite(call);

        if (scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var answer))
        {
            await answer(context);
            return;
        }

        await context.Response.WriteAsJsonAsync(DefaultAnswer(method, call));
    }

    private object DefaultAnswer(string method, ApiCall call)
    {
        var wantedPrefix = method == "apps.connections.open" ? "Bearer xapp-" : "Bearer xoxb-";
        if (!method.StartsWith("response_url:", StringComparison.Ordinal)
            && call.Authorization?.StartsWith(wantedPrefix, StringComparison.Ordinal) != true)
        {
            return new { ok = false, error = "invalid_auth" };
        }

        return method switch
        {
            "auth.test" => new { ok = true, user_id = "UBOT", bot_id = "BBOT", team_id = "T1" },
            "apps.connections.open" => new
            {
                ok = true,
                url = $"{BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/link/?ticket={Interlocked.Increment(ref tickets)}",
            },
            "chat.postMessage" => new
            {
                ok = true,
                channel = call.Body.GetProperty("channel").GetString(),
                ts = $"2000000000.{Interlocked.Increment(ref messages):D6}",
            },
            "chat.update" => new { ok = true, channel = call.Body.GetProperty("channel").GetString(), ts = call.Body.GetProperty("ts").GetString() },
            _ => new { ok = true },
        };
    }

    private async Task LinkAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var ticket = int.Parse(context.Request.Query["ticket"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket, ticket);
        var pump = fake.PumpAsync();
        sockets.Writer.TryWrite(fake);
        await pump;
    }
}
