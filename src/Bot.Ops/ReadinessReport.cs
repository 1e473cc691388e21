using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Ops;

/// <summary>The text of <c>/readyz</c>: the verdict, then one line per check with its description.</summary>
internal static class ReadinessReport
{
    public static string Write(HealthReport report)
    {
        var text = new StringBuilder(report.Status == HealthStatus.Healthy ? "ready\n" : "not ready\n");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status).Append(" - ")
                .Append(entry.Description ?? entry.Exception?.Message ?? "").Append('\n');
        }
        return text.ToString();
    }
}
