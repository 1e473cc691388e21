using System.Globalization;
using System.Text.Json;

namespace Bot.Bench;

/// <summary>
/// The gateway traffic of one session, the same for every run: GUILD_CREATEs (channels, roles, members in Discord's
/// documented shapes) and MESSAGE_CREATEs whose text is sentences of the SummEval news articles (real human prose),
/// from a pool of authors and channels. Seeded, so compressed and uncompressed runs see identical dispatches.
/// </summary>
internal static class DiscordSessionScript
{
    public static IReadOnlyList<object> GuildCreates(int guilds, int firstSequence)
    {
        var random = new Random(7);
        return Enumerable.Range(0, guilds).Select(g => (object)new
        {
            op = 0, s = firstSequence + g, t = "GUILD_CREATE",
            d = new
            {
                id = Snowflake(random), name = $"Reading group {g}", icon = (string?)null, owner_id = Snowflake(random),
                member_count = 40 + g, large = false, unavailable = false, joined_at = "2025-03-13T19:19:14.040000+00:00",
                roles = Enumerable.Range(0, 8).Select(r => new
                {
                    id = Snowflake(random), name = $"role-{r}", color = random.Next(0, 0xffffff), hoist = r < 2, position = r,
                    permissions = "2248473465835073", managed = false, mentionable = r % 2 == 0, flags = 0,
                }),
                channels = Enumerable.Range(0, 20).Select(c => new
                {
                    id = Snowflake(random), type = c < 15 ? 0 : 2, name = $"channel-{c}", position = c, parent_id = (string?)null,
                    topic = c % 3 == 0 ? "Links and discussion" : null, nsfw = false, rate_limit_per_user = 0,
                    permission_overwrites = Array.Empty<object>(), last_message_id = Snowflake(random),
                }),
                members = Enumerable.Range(0, 25).Select(m => new
                {
                    user = new { id = Snowflake(random), username = $"reader{m}", global_name = $"Reader {m}", discriminator = "0", avatar = (string?)null },
                    nick = (string?)null, roles = new[] { Snowflake(random) }, joined_at = "2025-04-01T10:00:00.000000+00:00",
                    deaf = false, mute = false, flags = 0,
                }),
            },
        }).ToList();
    }

    public static IReadOnlyList<object> Messages(IReadOnlyList<string> sentences, int count, int firstSequence)
    {
        var random = new Random(11);
        var authors = Enumerable.Range(0, 30).Select(i => (Id: Snowflake(random), Name: $"reader{i}")).ToList();
        var channels = Enumerable.Range(0, 10).Select(_ => Snowflake(random)).ToList();
        var guild = Snowflake(random);
        var clock = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i =>
        {
            var author = authors[random.Next(authors.Count)];
            var text = string.Join(" ", Enumerable.Range(0, 1 + random.Next(2)).Select(_ => sentences[random.Next(sentences.Count)]));
            if (random.Next(4) == 0)
                text += $" https://news.example.org/2026/11/story-{random.Next(100000)}";
            clock = clock.AddSeconds(random.Next(1, 40));
            return (object)new
            {
                op = 0, s = firstSequence + i, t = "MESSAGE_CREATE",
                d = new Dictionary<string, object?>
                {
                    ["id"] = Snowflake(random), ["channel_id"] = channels[random.Next(channels.Count)], ["guild_id"] = guild,
                    ["channel_type"] = 0,
                    ["author"] = new { id = author.Id, username = author.Name, global_name = author.Name, discriminator = "0", avatar = (string?)null, public_flags = 0 },
                    ["member"] = new { nick = (string?)null, roles = Array.Empty<string>(), joined_at = "2025-04-01T10:00:00.000000+00:00", deaf = false, mute = false, flags = 0 },
                    ["content"] = text, ["timestamp"] = clock.ToString("yyyy-MM-ddTHH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
                    ["edited_timestamp"] = null, ["tts"] = false, ["mention_everyone"] = false, ["mentions"] = Array.Empty<object>(),
                    ["mention_roles"] = Array.Empty<string>(), ["attachments"] = Array.Empty<object>(), ["embeds"] = Array.Empty<object>(),
                    ["pinned"] = false, ["type"] = 0, ["flags"] = 0, ["nonce"] = Snowflake(random), ["components"] = Array.Empty<object>(),
                },
            };
        }).ToList();
    }

    /// <summary>Sentences of the SummEval articles (<c>corpus/summeval/summeval_100.jsonl</c>).</summary>
    public static IReadOnlyList<string> Sentences(string summevalJsonl) =>
        File.ReadLines(summevalJsonl)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
            .SelectMany(text => text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length is > 20 and < 400)
            .Select(s => s.EndsWith('.') ? s : s + ".")
            .ToList();

    private static string Snowflake(Random random) =>
        (((ulong)random.NextInt64(1L << 40, 1L << 41)) << 22 | (uint)random.Next(1 << 22)).ToString(CultureInfo.InvariantCulture);
}
