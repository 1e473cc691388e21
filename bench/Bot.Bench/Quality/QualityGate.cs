namespace Bot.Bench.Quality;

/// <summary>
/// <c>quality &lt;check&gt; &lt;dir&gt; [options]</c>: whole-corpus quality checks with thresholds, run by <c>.ci/run</c> after the
/// tests. Each prints its figures and exits 1 below its threshold, and also when its corpus is missing or empty: a gate
/// that cannot measure fails, it never passes quietly.
/// </summary>
internal static class QualityGate
{
    private static readonly Dictionary<string, Func<string, string[], int>> Checks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["extraction"] = ExtractionQuality.Run,
        ["snippets"] = SnippetQuality.Run,
        ["verbatim"] = (dir, args) => VerbatimQuality.RunAsync(dir, args).GetAwaiter().GetResult(),
    };

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Checks.TryGetValue(args[0], out var check))
        {
            Console.Error.WriteLine("usage: quality <check> <dir> [options]   checks: " + string.Join(", ", Checks.Keys));
            return 2;
        }
        if (!Directory.Exists(args[1]))
        {
            Console.Error.WriteLine($"quality {args[0]}: FAIL: corpus folder missing: {Path.GetFullPath(args[1])}");
            return 1;
        }
        return check(args[1], args[2..]);
    }

    public static double Threshold(string[] args, string name, double fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length
            ? double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture)
            : fallback;
    }

    /// <summary>Prints PASS/FAIL for one figure against its floor and says whether it passed.</summary>
    public static bool AtLeast(string name, double value, double floor) => Report(name, value >= floor, $"{value:F4} (floor {floor:F4})");

    /// <summary>Prints PASS/FAIL for one figure against its ceiling and says whether it passed.</summary>
    public static bool AtMost(string name, double value, double ceiling) => Report(name, value <= ceiling, $"{value:F4} (ceiling {ceiling:F4})");

    private static bool Report(string name, bool pass, string figures)
    {
        Console.WriteLine($"  {(pass ? "PASS" : "FAIL")} {name} {figures}");
        return pass;
    }
}
