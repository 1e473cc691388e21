using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Llm;

/// <summary>A chat request as it reached the loopback server.</summary>
public sealed record ChatRequest(string Path, string Query, string? ApiKeyHeader, string? Authorization, JsonElement Body, DateTimeOffset At)
{
    public string Model => Body.GetProperty("model").GetString()!;

    public IReadOnlyList<(string Role, string Content)> Messages => Body.GetProperty("messages").EnumerateArray()
        .Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content")))).ToList();

    public string System => Messages.Single(m => m.Role == "system").Content;

    public string User => Messages.Single(m => m.Role == "user").Content;

    /// <summary>The response_format the client asked for ("json_schema", "json_object"), or null.</summary>
    public string? ResponseFormat => Body.TryGetProperty("response_format", out var format)
        && format.TryGetProperty("type", out var type) ? type.GetString() : null;

    /// <summary>What the server reported in <c>usage</c> for this request; 0 until it answered.</summary>
    public int PromptTokens { get; internal set; }

    public int CompletionTokens { get; internal set; }

    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
}

/// <summary>
/// An OpenAI-compatible (and Azure-style) chat completions endpoint on 127.0.0.1, answering from a script:
/// queued replies first, then <see cref="Default"/> (by default <see cref="ArticleModel"/>).
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<ChatRequest, HttpContext, Task>> _script = new();
    private int _inFlight;
    private int _maxInFlight;

    private FakeChatServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Func<ChatRequest, HttpContext, Task> Default { get; set; } = ChatReply.Answer(ArticleModel.Answer);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Uri BaseUri => new(_app.Urls.First());

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public void Enqueue(params Func<ChatRequest, HttpContext, Task>[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        var request = new ChatRequest(
            context.Request.Path, context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(), context.Request.Headers.Authorization.FirstOrDefault(),
            body, DateTimeOffset.UtcNow);
        Requests.Enqueue(request);
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
        try
        {
            var reply = _script.TryDequeue(out var scripted) ? scripted : Default;
            await reply(request, context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}

/// <summary>Scripted answers, shaped as the OpenAI chat completions API documents them, with real token counts.</summary>
public static class ChatReply
{
    public static Func<ChatRequest, HttpContext, Task> Ok(string content, string finishReason = "stop") =>
        (request, context) => context.Response.WriteAsJsonAsync(Completion(request, content, finishReason));

    public static Func<ChatRequest, HttpContext, Task> Answer(Func<ChatRequest, string> content) =>
        (request, context) => context.Response.WriteAsJsonAsync(Completion(request, content(request), "stop"));

    public static Func<ChatRequest, HttpContext, Task> Status(HttpStatusCode status, TimeSpan? retryAfter = null) =>
        (_, context) =>
        {
            context.Response.StatusCode = (int)status;
            if (retryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
        };

    /// <summary>Never answers; the request ends when the client gives up.</summary>
    public static Func<ChatRequest, HttpContext, Task> Hang { get; } = async (_, context) =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    };

    private static object Completion(ChatRequest request, string content, string finishReason)
    {
        request.PromptTokens = ChatUsage.PromptTokens(request);
        request.CompletionTokens = ChatUsage.Count(content);
        return new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = request.Model,
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason },
            },
            usage = new
            {
                prompt_tokens = request.PromptTokens,
                completion_tokens = request.CompletionTokens,
                total_tokens = request.PromptTokens + request.CompletionTokens,
            },
        };
    }
}
