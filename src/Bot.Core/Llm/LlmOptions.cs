using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Llm;

/// <summary>The LLM provider for summaries and quote choice (section <c>Llm</c>). The API key is never logged.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>none | openai | azure-openai | openai-compatible.</summary>
    public string Provider { get; set; } = LlmProviderNames.None;

    /// <summary>Base URL: required for openai-compatible (e.g. http://localhost:11434/v1) and azure-openai.</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>A file holding the API key (e.g. a container secret); used when <see cref="ApiKey"/> is empty.</summary>
    public string? ApiKeyFile { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Azure OpenAI API version, e.g. 2024-10-21; the connector's default when empty.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Budget of one LLM answer; the fallback answers shortly after it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00", ErrorMessage = "Llm:Timeout must be between 0.1 s and 10 min.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(1, 64, ErrorMessage = "Llm:MaxConcurrency must be between 1 and 64.")]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>The model's context window in tokens.</summary>
    [Range(4096, 4_000_000, ErrorMessage = "Llm:ContextTokens must be between 4096 and 4000000.")]
    public int ContextTokens { get; set; } = 16_000;

    /// <summary>Most article tokens sent in one call; defaults to the context minus room for instructions and answer.</summary>
    [Range(100, 4_000_000, ErrorMessage = "Llm:MaxChunkTokens must be at least 100.")]
    public int? MaxChunkTokens { get; set; }

    [Range(0, 10, ErrorMessage = "Llm:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First backoff delay for retries without a Retry-After header (exponential, jittered).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Llm:RetryDelay must be between 0 and 1 min.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking to wait longer than this is not retried: the fallback answers instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Llm:MaxRetryAfter must be between 0 and 10 min.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a failing provider is skipped once the circuit opens.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00", ErrorMessage = "Llm:BreakDuration must be between 0.5 s and 1 h.")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How JSON answers are asked for: <c>json-schema</c> (response_format with the prompt's schema), <c>none</c> (the
    /// prompt's JSON instructions only), or <c>auto</c>: json-schema for openai and azure-openai, none for
    /// openai-compatible servers, many of which reject or ignore it.
    /// </summary>
    public string ResponseFormat { get; set; } = LlmResponseFormats.Auto;

    /// <summary>Prompt directory (Semantic Kernel format), relative to the app base directory or the current directory.</summary>
    [Required(ErrorMessage = "Llm:PromptsPath is required.")]
    public string PromptsPath { get; set; } = "config/prompts";

    /// <summary>Tokens kept free in the context for instructions and the answer.</summary>
    internal const int ReservedTokens = 3_000;

    internal bool UsesJsonSchema => LlmResponseFormats.UsesJsonSchema(ResponseFormat, ProviderKind);

    internal LlmProvider ProviderKind => LlmProviderNames.TryParse(Provider, out var kind) ? kind : LlmProvider.None;

    /// <summary>Most tokens of notes and candidate quotes sent to one combine call.</summary>
    internal int CombineTokenBudget => ContextTokens - ReservedTokens;

    internal int ArticleTokenBudget => Math.Min(MaxChunkTokens ?? int.MaxValue, ContextTokens - ReservedTokens);

    /// <summary>"provider:model", the summarizer and quote finder id (part of cache keys).</summary>
    internal string ModelId => $"{ProviderKind.Name()}:{Model ?? Deployment}";

    internal string? ResolveApiKey()
    {
        if (!string.IsNullOrWhiteSpace(ApiKey))
        {
            return ApiKey.Trim();
        }
        return string.IsNullOrWhiteSpace(ApiKeyFile) ? null : File.ReadAllText(ApiKeyFile).Trim();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        LlmOptionsRules.Check(this);
}
