using Microsoft.ML.Tokenizers;

namespace Bot.Core.Llm;

/// <summary>Counts tokens with the o200k_base encoding (GPT-4o family); close enough for other models' budgets.</summary>
public sealed class TokenCounter
{
    public const string Encoding = "o200k_base";

    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding(Encoding);

    public int Count(string text) => _tokenizer.CountTokens(text);

    /// <summary>The length of the longest prefix of <paramref name="text"/> that fits in <paramref name="maxTokens"/>.</summary>
    public int PrefixLength(string text, int maxTokens) =>
        _tokenizer.GetIndexByTokenCount(text, maxTokens, out _, out _);
}
