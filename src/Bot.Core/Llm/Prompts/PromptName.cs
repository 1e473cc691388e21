namespace Bot.Core.Llm;

/// <summary>A prompt function in the prompt directory: <c>&lt;Plugin&gt;/&lt;Function&gt;/skprompt.txt</c> + <c>config.json</c>.</summary>
internal sealed record PromptName(string Plugin, string Function)
{
    public static readonly PromptName Digest = new("Digests", "digest");
    public static readonly PromptName Combine = new("Digests", "combine");
    public static readonly PromptName Repair = new("Digests", "repair");
    public static readonly PromptName KeyQuotes = new("Quotes", "key_quotes");
    public static readonly PromptName TopicQuotes = new("Quotes", "topic_quotes");

    public static IReadOnlyList<PromptName> All { get; } = [Digest, Combine, Repair, KeyQuotes, TopicQuotes];

    /// <summary>The JSON schema every prompt of a plugin answers in, beside its prompt folders.</summary>
    public const string SchemaFile = "answer.schema.json";

    public override string ToString() => $"{Plugin}/{Function}";
}
