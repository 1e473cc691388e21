namespace Bot.Discord.Gateway;

[Flags]
internal enum GatewayIntents
{
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,

    /// <summary>What the bot asks for: 37377.</summary>
    LinkBot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
