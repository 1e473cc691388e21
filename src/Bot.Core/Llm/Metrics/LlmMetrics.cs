using System.Diagnostics.Metrics;

namespace Bot.Core.Llm;

/// <summary>
/// The LLM instruments, on the meter <see cref="MeterName"/>: chat completions by outcome, tokens by kind as the
/// provider reported them, and answers the offline fallback gave instead.
/// </summary>
public sealed class LlmMetrics
{
    public const string MeterName = "ArticleBot.Llm";
    public const string Calls = "articlebot_llm_calls";
    public const string Tokens = "articlebot_llm_tokens";
    public const string Fallbacks = "articlebot_llm_fallbacks";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _fallbacks;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>(Calls, "{call}", "Chat completions sent to the LLM provider, by outcome (ok, refused, empty, failed).");
        _tokens = meter.CreateCounter<long>(Tokens, "{token}", "Tokens the LLM provider reported, by kind (prompt, completion).");
        _fallbacks = meter.CreateCounter<long>(Fallbacks, "{answer}", "Digests and quote answers given by the offline fallback because the LLM could not, by feature.");
    }

    internal void Call(string outcome, int? promptTokens, int? completionTokens)
    {
        _calls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (promptTokens is > 0)
        {
            _tokens.Add(promptTokens.Value, new KeyValuePair<string, object?>("kind", "prompt"));
        }
        if (completionTokens is > 0)
        {
            _tokens.Add(completionTokens.Value, new KeyValuePair<string, object?>("kind", "completion"));
        }
    }

    internal void Fallback(string feature) => _fallbacks.Add(1, new KeyValuePair<string, object?>("feature", feature));
}
