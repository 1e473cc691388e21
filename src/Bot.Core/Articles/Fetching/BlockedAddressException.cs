namespace Bot.Core.Articles.Fetching;

/// <summary>Thrown inside the connection callback when the resolved address is refused; never retried.</summary>
internal sealed class BlockedAddressException(string host, string reason)
    : Exception($"Refused to connect to {host}: {reason}.")
{
    public string Host { get; } = host;

    public string Reason { get; } = reason;
}
