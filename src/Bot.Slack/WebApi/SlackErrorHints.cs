namespace Bot.Slack.WebApi;

/// <summary>What an operator can do about the Slack error codes they can fix (see docs/slack-setup.md).</summary>
internal static class SlackErrorHints
{
    public static string For(string error) => error switch
    {
        "not_in_channel" => "invite the bot to the channel (/invite @bot) or add the chat:write.public scope",
        "channel_not_found" => "the channel id is wrong, or the bot cannot see this private channel or DM",
        "invalid_auth" or "not_authed" => "the token is wrong, or the IP is not on the workspace allowlist",
        "token_revoked" or "account_inactive" => "the app was uninstalled or the token revoked; reinstall it",
        "missing_scope" => "add the missing scope in the app manifest and reinstall the app",
        "is_archived" => "the channel is archived",
        "ratelimited" or "rate_limited" => "Slack is rate limiting this method; it will recover",
        "msg_too_long" or "invalid_blocks" or "msg_blocks_too_long" => "the reply exceeded Slack's limits (a bug: please report)",
        _ => "see Slack's documentation for this error code",
    };
}
