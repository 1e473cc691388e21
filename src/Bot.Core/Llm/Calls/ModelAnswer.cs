using System.Text.RegularExpressions;

namespace Bot.Core.Llm;

/// <summary>Clean-up common to every model answer.</summary>
internal static partial class ModelAnswer
{
    /// <summary>Drops the reasoning some local models print before answering (&lt;think&gt;…&lt;/think&gt;).</summary>
    public static string WithoutReasoning(string answer) => ThinkBlock().Replace(answer, "").Trim();

    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();
}
