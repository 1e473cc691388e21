using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bot.Discord.Gateway.Sharding;

/// <summary>Parses <c>Discord:ShardIds</c>: ids and ranges separated by commas (<c>0-3</c>, <c>0,2,5</c>, <c>0-1,4</c>); empty means all.</summary>
internal static class ShardIdList
{
    public static bool TryParse(string? text, out IReadOnlyList<int> ids, [NotNullWhen(false)] out string? error)
    {
        var found = new SortedSet<int>();
        ids = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;

        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = raw.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length > 2 || !bounds.All(IsShardId))
            {
                error = $"'{raw}' is neither a shard id nor a range like 0-3 (in '{text}').";
                return false;
            }
            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (last < first)
            {
                error = $"the range '{raw}' runs backwards.";
                return false;
            }
            for (var id = first; id <= last; id++)
                if (!found.Add(id))
                {
                    error = $"shard {id} is named twice in '{text}'.";
                    return false;
                }
        }
        ids = [.. found];
        return true;
    }

    private static bool IsShardId(string s) =>
        s.Length is > 0 and <= 5 && s.All(char.IsAsciiDigit) && int.Parse(s, CultureInfo.InvariantCulture) <= 65535;
}
