namespace Bot.Cli;

/// <summary>
/// The parsed command line: a verb, its positional arguments, its <c>--options</c>, and configuration overrides
/// written as <c>--Section:Key=value</c>.
/// </summary>
internal sealed record CommandLine(
    string Verb,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string?> Options,
    IReadOnlyList<string> ConfigurationOverrides)
{
    public static readonly string[] Verbs = ["run", "chat", "extract", "summarize", "quotes", "healthcheck", "help"];

    private static readonly HashSet<string> Flags = ["jsonl", "json", "console", "verbose", "help", "ready"];

    /// <summary>The options each verb takes besides <c>--verbose</c> and <c>--help</c>.</summary>
    private static readonly Dictionary<string, string[]> VerbOptions = new()
    {
        ["run"] = ["console"],
        ["chat"] = [],
        ["extract"] = ["jsonl", "json"],
        ["summarize"] = ["length", "language", "json"],
        ["quotes"] = ["topic", "count", "json"],
        ["healthcheck"] = ["ready", "url"],
        ["help"] = [],
    };

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Get(string option) => Options.GetValueOrDefault(option);

    /// <summary>Parses the arguments; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var verb = args.Count > 0 && !args[0].StartsWith('-') ? args[0].ToLowerInvariant() : "run";
        if (!Verbs.Contains(verb))
        {
            error = $"unknown command '{args[0]}'; try: {string.Join(", ", Verbs)}";
            return null;
        }

        var arguments = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var overrides = new List<string>();
        for (var i = verb == "run" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h")
            {
                options["help"] = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                overrides.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                if (name is not ("verbose" or "help") && !VerbOptions[verb].Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    error = $"{verb} has no option {arg}";
                    return null;
                }
                if (Flags.Contains(name))
                {
                    options[name] = null;
                }
                else if (i + 1 < args.Count)
                {
                    options[name] = args[++i];
                }
                else
                {
                    error = $"option {arg} needs a value";
                    return null;
                }
            }
            else
            {
                arguments.Add(arg);
            }
        }
        return new CommandLine(verb, arguments, options, overrides);
    }

    public const string Usage = """
        Usage: Bot [command] [options]

          run [--console]         run the bot: Discord and/or Slack when configured, else chat in this terminal (default)
          chat                    chat with the bot in this terminal, whatever is configured
          extract <url|file|dir>... [--jsonl|--json]
                                  the clean article text and metadata of pages (a directory: every *.html below it)
          summarize <url|file> [--length short|medium|long] [--language xx] [--json]
                                  a summary with key quotes
          quotes <url|file> [--topic "words"] [--count N] [--json]
                                  verbatim quotes: the key ones, or those on a topic
          healthcheck [--ready] [--url URL]
                                  ask a running bot's /healthz (or /readyz) on Ops:Listen; exit 0 when healthy

        Options for every command:
          --verbose               show informational logs (on standard error)
          --Section:Key=value     override a configuration key, e.g. --Llm:Provider=none
        """;
}
