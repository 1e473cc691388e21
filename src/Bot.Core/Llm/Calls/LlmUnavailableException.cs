namespace Bot.Core.Llm;

/// <summary>The LLM gave no usable answer (error, refusal, malformed output); the caller answers from its fallback.</summary>
internal sealed class LlmUnavailableException(string reason, Exception? innerException = null)
    : Exception(reason, innerException);
