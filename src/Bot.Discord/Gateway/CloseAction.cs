namespace Bot.Discord.Gateway;

internal enum CloseAction
{
    /// <summary>Reconnect on the resume URL and send RESUME.</summary>
    Resume,

    /// <summary>Forget the session, connect to the gateway URL and IDENTIFY.</summary>
    Identify,

    /// <summary>Reconnecting cannot help (bad token, bad intents, ...): stop.</summary>
    Fatal,
}
