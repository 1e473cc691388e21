using System.Text.RegularExpressions;

namespace Bot.Core.Llm;

/// <summary>Reads bullets from a model answer: one line a bullet, list markers and emphasis stripped.</summary>
internal static partial class BulletParser
{
    public static IReadOnlyList<string> Parse(string answer, int max)
    {
        var lines = ModelAnswer.WithoutReasoning(answer)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("```", StringComparison.Ordinal))
            .ToList();
        var marked = lines.Select(line => Marker().Match(line)).Where(m => m.Success).Select(m => m.Groups["text"].Value).ToList();

        // Without list markers every line is a bullet, except a lead-in such as "Here is the summary:".
        var bullets = marked.Count > 0 ? marked : lines.Where(line => !line.EndsWith(':')).ToList();
        return bullets
            .Select(Clean)
            .Where(b => b.Length > 0)
            .Take(max)
            .ToList();
    }

    private static string Clean(string bullet)
    {
        var text = bullet.Trim();
        if (text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text[2..^2].Trim();
        }
        return text;
    }

    [GeneratedRegex(@"^(?:[-*•‣–—+]|\d{1,2}[.)])\s+(?<text>.+)$")]
    private static partial Regex Marker();
}
