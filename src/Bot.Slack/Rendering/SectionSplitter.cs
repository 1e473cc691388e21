using System.Text;

namespace Bot.Slack.Rendering;

/// <summary>Packs lines of safe mrkdwn into section texts of at most <see cref="MaxSectionText"/> chars.</summary>
internal static class SectionSplitter
{
    public const int MaxSectionText = 3000;

    public static IEnumerable<string> Pack(IEnumerable<string> lines, int max = MaxSectionText)
    {
        var current = new StringBuilder();
        foreach (var line in lines.SelectMany(l => Chunks(l, max)))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Splits one over-long line, never inside an entity such as &amp;amp;.</summary>
    private static IEnumerable<string> Chunks(string line, int max)
    {
        var start = 0;
        while (line.Length - start > max)
        {
            var end = start + max;
            var amp = line.LastIndexOf('&', end - 1, Math.Min(6, max));
            if (amp > start && line.IndexOf(';', amp) >= end)
            {
                end = amp;
            }

            yield return line[start..end];
            start = end;
        }

        yield return line[start..];
    }
}
