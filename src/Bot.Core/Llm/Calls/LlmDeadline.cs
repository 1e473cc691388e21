namespace Bot.Core.Llm;

/// <summary>
/// The whole LLM answer (every call of a map-reduce included) must arrive within <see cref="LlmOptions.Timeout"/>
/// plus a short grace, which lets the HTTP attempt timeout fire first so the circuit breaker sees hung providers.
/// </summary>
internal sealed class LlmDeadline : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public LlmDeadline(LlmOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        _timeout = new CancellationTokenSource(options.Timeout + Grace, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timeout.Token);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>A short reason for the log; never the exception message, which may carry a response body.</summary>
    public static string Reason(Exception e) => e switch
    {
        LlmUnavailableException => e.Message,
        OperationCanceledException => LlmFailureCause.Timeout,
        _ => LlmFailureCause.Of(e, null),
    };

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
