using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI.Chat;

namespace Bot.Core.Llm;

/// <summary>
/// Runs one prompt function against the provider: bounded by <see cref="LlmOptions.MaxConcurrency"/> across the whole
/// process, asking for the prompt's JSON schema where the provider takes one, logged and counted (provider, model,
/// tokens, latency; never the article or the key), refusals and empty answers turned into
/// <see cref="LlmUnavailableException"/>.
/// </summary>
internal sealed partial class LlmInvoker(
    LlmPrompts prompts,
    IServiceProvider services,
    IOptions<LlmOptions> options,
    LlmMetrics metrics,
    TimeProvider time,
    ILogger<LlmInvoker> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(options.Value.MaxConcurrency);
    private readonly string _provider = options.Value.ProviderKind.Name();
    private readonly string _model = options.Value.Model ?? options.Value.Deployment ?? "";
    private readonly bool _jsonSchema = options.Value.UsesJsonSchema;

    /// <summary>One kernel per request, built from the DI services (chat completion, logging).</summary>
    public Kernel CreateKernel() => services.GetRequiredService<Kernel>();

    public async Task<string> InvokeAsync(Kernel kernel, PromptName prompt, KernelArguments arguments, CancellationToken cancellationToken)
    {
        if (_jsonSchema && prompts.Schema(prompt) is { } schema)
        {
            arguments = StructuredAnswer.Ask(prompts[prompt], prompt.Plugin, schema, arguments);
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        try
        {
            var result = await prompts[prompt].InvokeAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
            var usage = result.Metadata?.GetValueOrDefault("Usage") as ChatTokenUsage;
            var finish = result.Metadata?.GetValueOrDefault("FinishReason")?.ToString() ?? "";
            LogCall(_provider, _model, prompt.Function, usage?.InputTokenCount, usage?.OutputTokenCount,
                (long)time.GetElapsedTime(started).TotalMilliseconds, finish);

            var text = result.GetValue<string>();
            var outcome = finish.Contains("content", StringComparison.OrdinalIgnoreCase)
                || result.Metadata?.GetValueOrDefault("Refusal") is string { Length: > 0 }
                    ? "refused"
                    : string.IsNullOrWhiteSpace(text) ? "empty" : "ok";
            metrics.Call(outcome, usage?.InputTokenCount, usage?.OutputTokenCount);
            return outcome switch
            {
                "refused" => throw new LlmUnavailableException("the model refused (content filter)"),
                "empty" => throw new LlmUnavailableException("the model's answer was empty"),
                _ => text!,
            };
        }
        catch (Exception e) when (e is not (LlmUnavailableException or OperationCanceledException))
        {
            var status = (e as HttpOperationException)?.StatusCode;
            metrics.Call("failed", null, null);
            var cause = LlmFailureCause.Of(e, status);
            LogFailure(_provider, _model, prompt.Function, (long)time.GetElapsedTime(started).TotalMilliseconds, cause, e.GetType().Name);
            throw new LlmUnavailableException($"the call failed: {cause}", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "LLM call {Prompt} to {Provider} model {Model}: {PromptTokens} prompt + {CompletionTokens} completion tokens in {LatencyMs} ms, finish {FinishReason}")]
    private partial void LogCall(string provider, string model, string prompt, int? promptTokens, int? completionTokens, long latencyMs, string finishReason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "LLM call {Prompt} to {Provider} model {Model} failed after {LatencyMs} ms: {Cause} ({Error})")]
    private partial void LogFailure(string provider, string model, string prompt, long latencyMs, string cause, string error);
}
