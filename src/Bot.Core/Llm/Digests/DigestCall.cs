using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>
/// One digest-shaped call (a digest, a part's notes, a combine) and its answer read as JSON; an unusable answer
/// (malformed JSON, a missing field) gets one repair call, and a second unusable answer gives up.
/// </summary>
internal sealed partial class DigestCall(LlmInvoker llm, ILogger<DigestCall> logger)
{
    public async Task<DigestAnswer> AskAsync(
        Kernel kernel, PromptName prompt, KernelArguments arguments, int maxBullets, CancellationToken cancellationToken)
    {
        var answer = await llm.InvokeAsync(kernel, prompt, arguments, cancellationToken).ConfigureAwait(false);
        var reading = DigestAnswerParser.Parse(answer, maxBullets);
        if (reading.Answer is { } usable)
        {
            return usable;
        }

        LogRepair(prompt.Function, reading.Problem!);
        var repaired = await llm.InvokeAsync(kernel, PromptName.Repair, PromptArguments.Repair(answer, reading.Problem!), cancellationToken)
            .ConfigureAwait(false);
        var second = DigestAnswerParser.Parse(repaired, maxBullets);
        return second.Answer ?? throw new LlmUnavailableException($"the answer was unusable after one repair ({second.Problem})");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer to {Prompt} was unusable ({Problem}); asking once for a repair")]
    private partial void LogRepair(string prompt, string problem);
}
