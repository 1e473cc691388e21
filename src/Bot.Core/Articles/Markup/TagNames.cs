namespace Bot.Core.Articles.Markup;

/// <summary>A lower-cased tag name and its categories.</summary>
internal sealed class TagName(string name)
{
    public string Name { get; } = name;

    public TagKind Kind { get; } = HtmlTagSets.KindOf(name);

    /// <summary>Start tags of this name left out and still waiting for their end tag, which goes too.</summary>
    public int Dropped { get; set; }

    public bool Is(TagKind kind) => (Kind & kind) != 0;

    public override string ToString() => Name;
}

/// <summary>The tag names of one page, each looked up once (a page repeats a few dozen names).</summary>
internal sealed class TagNames
{
    /// <summary>Past this many distinct names (only a hostile page has them), new ones are not remembered.</summary>
    private const int MaxNames = 4096;

    private readonly Dictionary<string, TagName> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TagName>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TagNames() => lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

    public TagName Get(ReadOnlySpan<char> raw)
    {
        if (lookup.TryGetValue(raw, out var name))
        {
            return name; // already lower case, as most pages write their tags
        }
        Span<char> buffer = stackalloc char[64];
        var lower = raw.Length <= buffer.Length ? buffer[..raw.Length] : new char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(raw[i]) ? (char)(raw[i] | 0x20) : raw[i]; // the tokenizer folds ASCII only
        }
        if (!lookup.TryGetValue(lower, out name))
        {
            name = new TagName(lower.ToString());
            Remember(name.Name, name);
        }
        Remember(raw.ToString(), name);
        return name;
    }

    private void Remember(string spelling, TagName name)
    {
        if (names.Count < MaxNames)
        {
            names[spelling] = name;
        }
    }
}
