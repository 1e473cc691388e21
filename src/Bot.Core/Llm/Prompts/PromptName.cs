namespace Bot.Core.Llm;

/// <summary>A prompt function in the prompt directory: <c>&lt;Plugin&gt;/&lt;Function&gt;/skprompt.txt</c> + <c>config.json</c>.</summary>
internal sealed record PromptName(string Plugin, string Function)
{
    // Semantic Kernel function names allow letters, digits and '_' only, hence summarize_chunk rather than summarize-chunk.
    public static readonly PromptName Summarize = new("Summaries", "summarize");
    public static readonly PromptName SummarizeChunk = new("Summaries", "summarize_chunk");
    public static readonly PromptName Combine = new("Summaries", "combine");
    public static readonly PromptName KeyQuotes = new("Quotes", "key_quotes");
    public static readonly PromptName TopicQuotes = new("Quotes", "topic_quotes");

    public static IReadOnlyList<PromptName> All { get; } = [Summarize, SummarizeChunk, Combine, KeyQuotes, TopicQuotes];

    public override string ToString() => $"{Plugin}/{Function}";
}
