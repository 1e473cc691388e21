namespace Bot.Discord.Gateway;

/// <summary>What a RESUME needs: the session id, the resume URL and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    private int _sequence = -1;

    /// <summary>The last dispatch sequence; read by the heartbeat task, written by the receive loop.</summary>
    public int? Sequence
    {
        get => Volatile.Read(ref _sequence) is var s and >= 0 ? s : null;
        set => Volatile.Write(ref _sequence, value ?? -1);
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
