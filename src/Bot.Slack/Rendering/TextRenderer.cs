using Bot.Core.Chat;

namespace Bot.Slack.Rendering;

/// <summary>Plain core text (help, errors) and the progress placeholder as safe Slack messages.</summary>
internal static class TextRenderer
{
    public static SlackMessage Progress { get; } = new(
        "Reading the article…",
        [new SectionBlock(TextObject.Mrkdwn(":hourglass_flowing_sand: Reading the article…"))]);

    public static SlackMessage Render(Reply reply)
    {
        if (reply.Digest is { } digest)
        {
            return DigestRenderer.Render(digest);
        }

        var text = reply.Text ?? "";
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(Mrkdwn.Escape).ToList();
        if (reply.IsError && lines.Count > 0)
        {
            lines[0] = ":warning: " + lines[0];
        }

        var blocks = SectionSplitter.Pack(lines.Where(l => l.Length > 0))
            .Take(DigestRenderer.MaxBlocks)
            .Select(s => (Block)new SectionBlock(TextObject.Mrkdwn(s)))
            .ToList();
        var fallback = Mrkdwn.Escape(Mrkdwn.Truncate(text.ReplaceLineEndings(" "), 500));
        return new SlackMessage(fallback.Length == 0 ? "…" : fallback, blocks);
    }
}
