using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Llm.Fakes;

/// <summary>Keeps every formatted log line with its structured fields.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> Fields)> Entries { get; } = new();

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
            owner.Entries.Enqueue((category, formatter(state, exception) + (exception is null ? "" : " " + exception), fields));
        }
    }
}
