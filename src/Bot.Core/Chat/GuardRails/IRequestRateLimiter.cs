namespace Bot.Core.Chat.GuardRails;

/// <summary>Per-user and per-channel request budgets: in this process's memory, or shared by every instance.</summary>
public interface IRequestRateLimiter
{
    /// <summary>Takes one request from the user's and the channel's budget, or says how long to wait.</summary>
    ValueTask<Admission> AdmitAsync(Conversation conversation, string userId, CancellationToken cancellationToken);
}

/// <summary>Whether a request may go ahead; when not, how long the user should wait.</summary>
public readonly record struct Admission(bool Admitted, TimeSpan RetryAfter)
{
    public static Admission Granted => new(true, TimeSpan.Zero);

    public static Admission Refused(TimeSpan retryAfter) => new(false, retryAfter);
}
