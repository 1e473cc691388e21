using System.Reflection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

internal static class ConfigurationErrors
{
    /// <summary>One line naming the configuration section and what is wrong, e.g.
    /// "Chat: The field MaxLinksPerMessage must be between 1 and 10."</summary>
    public static string Describe(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
            ?? exception.OptionsType.Name;
        return $"{section}: {string.Join(" ", exception.Failures.Select(Simplify))}";
    }

    // DataAnnotations failures read "DataAnnotation validation failed for 'X' members: 'Y' with the error: '...'".
    private static string Simplify(string failure)
    {
        const string marker = "with the error: '";
        var at = failure.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? failure : failure[(at + marker.Length)..].TrimEnd('.', '\'') + ".";
    }
}
