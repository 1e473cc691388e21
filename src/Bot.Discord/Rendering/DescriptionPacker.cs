namespace Bot.Discord.Rendering;

/// <summary>
/// Packs text blocks into embed descriptions (≤ 4096 each, ≤ 10 embeds) within a total character budget.
/// A block too long for one description is truncated; blocks past the budget are dropped and reported.
/// </summary>
internal static class DescriptionPacker
{
    private const string Separator = "\n\n";

    public static (IReadOnlyList<string> Descriptions, bool Shortened) Pack(IEnumerable<string> blocks, int budget)
    {
        var descriptions = new List<string>();
        var current = "";
        var used = 0;
        foreach (var raw in blocks)
        {
            var block = DiscordText.Truncate(raw, EmbedLimits.Description);
            var startsNew = current.Length > 0 && current.Length + Separator.Length + block.Length > EmbedLimits.Description;
            var cost = current.Length == 0 || startsNew ? block.Length : Separator.Length + block.Length;
            var embedsNeeded = descriptions.Count + 1 + (startsNew ? 1 : 0);
            if (used + cost > budget || embedsNeeded > EmbedLimits.EmbedsPerMessage)
            {
                Flush();
                return (descriptions, true);
            }
            if (startsNew)
                Flush();
            current = current.Length == 0 ? block : current + Separator + block;
            used += cost;
        }
        Flush();
        return (descriptions, false);

        void Flush()
        {
            if (current.Length > 0)
                descriptions.Add(current);
            current = "";
        }
    }
}
