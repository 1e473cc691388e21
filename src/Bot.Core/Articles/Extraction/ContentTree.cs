namespace Bot.Core.Articles.Extraction;

/// <summary>The visible content of a page as <see cref="ContentNode"/>s, in document order.</summary>
internal sealed class ContentTree(ContentNode root, List<ContentNode> nodes, PageSources sources)
{
    public ContentNode Root { get; } = root;

    /// <summary>Every node in document order (pre-order), so walking it backwards visits children before parents.</summary>
    public List<ContentNode> Nodes { get; } = nodes;

    public PageSources Sources { get; } = sources;
}
