using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Logging;

/// <summary>One log call: level, category, the formatted message (with the exception, if any) and its structured fields.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

/// <summary>Keeps every log call, so tests can check what an operator would read and what never gets logged (secrets).</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>Every entry as one line: "Level Category: message".</summary>
    public IEnumerable<string> Lines => Entries.Select(e => e.ToString());

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Copied now: some logging generators pool their state objects and clear them after the call.
            var fields = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).ToList();
            var message = formatter(state, exception) + (exception is null ? "" : " | " + exception);
            owner.Entries.Enqueue(new LogEntry(logLevel, category, message, fields));
        }
    }
}
