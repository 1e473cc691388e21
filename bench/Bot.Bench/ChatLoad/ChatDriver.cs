using System.Diagnostics;
using Bot.Testing.Pages;
using Bot.Testing.Slack;

namespace Bot.Bench.ChatLoad;

/// <summary>Posts a mention with a link into a channel through the Socket Mode connection and times it until the
/// final reply in that channel arrives at the fake Slack.</summary>
internal sealed class ChatDriver(FakeSocket socket, ReplyWatcher replies, PageServer pages)
{
    // A WebSocket takes one send at a time.
    private readonly SemaphoreSlim _sending = new(1, 1);
    private int _events;
    private int _failures;

    /// <summary>Replies that were not the page's digest (an error message instead).</summary>
    public int Failures => _failures;

    /// <summary>Milliseconds from sending the link to the final reply.</summary>
    public async Task<double> AskAsync(string channel, string user, int page)
    {
        var id = Interlocked.Increment(ref _events);
        var ts = $"1700000000.{id:D6}";
        var frame = SlackFrames.Event($"env-{id}", $"Ev{id}", SlackFrames.Mention(ts, $"<@UBOT> <{pages.Url($"/page/{page}")}>", channel, user));
        var reply = replies.NextReplyIn(channel);
        var clock = Stopwatch.StartNew();
        await _sending.WaitAsync();
        try
        {
            await socket.SendAsync(frame);
        }
        finally
        {
            _sending.Release();
        }

        var update = await reply.WaitAsync(TimeSpan.FromSeconds(60));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var title = update.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString() ?? "";
        if (!title.StartsWith($"Report {page}:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
        }
        return elapsed;
    }
}
