using Bot.Bench;
using Bot.Bench.ChatLoad;
using Bot.Bench.Quality;

// Each benchmark lives in its own file with a static entry point; add a verb here to expose a new one.
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["extract"] = ExtractBenchmark.Run,
    ["score-jsonl"] = ExtractJsonl.Run,
    ["summary"] = a => SummaryBenchmark.RunAsync(a).GetAwaiter().GetResult(),
    ["rouge"] = a => SummEvalRouge.RunAsync(a).GetAwaiter().GetResult(),
    ["quality"] = QualityGate.Run,
    ["cache"] = a => CacheBenchmark.RunAsync(a).GetAwaiter().GetResult(),
    ["chat-load"] = a => ChatLoadBenchmark.RunAsync(a).GetAwaiter().GetResult(),
    ["llm-cost"] = a => LlmCostBenchmark.RunAsync(a).GetAwaiter().GetResult(),
    ["discord-compression"] = a => DiscordCompressionBenchmark.RunAsync(a).GetAwaiter().GetResult(),
    ["hostile"] = HostileBenchmark.Run,
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: Bot.Bench <verb> [args]   verbs: " + string.Join(", ", verbs.Keys));
    return 2;
}
return run(args[1..]);
