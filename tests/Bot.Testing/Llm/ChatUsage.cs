using System.Text.Json;
using Microsoft.ML.Tokenizers;

namespace Bot.Testing.Llm;

/// <summary>
/// Token counts the way an OpenAI endpoint reports them in <c>usage</c>: o200k_base tokens of every message plus
/// OpenAI's documented framing (3 tokens a message, 3 to prime the reply), and the response_format schema, which the
/// provider also puts in front of the model.
/// </summary>
public static class ChatUsage
{
    private const int PerMessage = 3;
    private const int ReplyPriming = 3;

    private static readonly Tokenizer Tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public static int Count(string text) => Tokenizer.CountTokens(text);

    public static int PromptTokens(ChatRequest request)
    {
        var messages = request.Messages.Sum(m => PerMessage + Count(m.Role) + Count(m.Content));
        var format = request.Body.TryGetProperty("response_format", out var responseFormat)
            && responseFormat.TryGetProperty("json_schema", out var schema)
                ? Count(schema.GetRawText())
                : 0;
        return messages + ReplyPriming + format;
    }
}
