namespace Bot.Discord.Gateway;

/// <summary>Discord's gateway close codes, sorted into resume / identify again / fatal, with the operator's fix for fatal ones.</summary>
internal static class GatewayCloseCodes
{
    public const int ZombieOrReconnect = 4000;

    public static CloseAction Classify(int? code) => code switch
    {
        4003 or 4007 or 4009 => CloseAction.Identify,
        4004 or (>= 4010 and <= 4014) => CloseAction.Fatal,
        // 4000-4002, 4005, 4008, a server-sent 1000/1001 and a drop without close code are all resumable.
        _ => CloseAction.Resume,
    };

    /// <summary>What the operator must do about a fatal close.</summary>
    public static string Explain(int code) => code switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset; copy a new token from the Bot page of the developer portal",
        4010 => "invalid shard sent in IDENTIFY",
        4011 => "sharding required: the bot is in too many guilds for one connection",
        4012 => "invalid gateway API version",
        4013 => "invalid intents in IDENTIFY",
        4014 => "disallowed intent: enable the MESSAGE CONTENT intent (Bot page → Privileged Gateway Intents) in the developer portal",
        _ => "fatal close",
    };
}
