namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Captions and photo credits are not article text, even when they are sentences: a <c>figcaption</c>, or a short
/// block whose class or id says caption or credit ("wp-caption-text", "image-credit", "bildunterschrift").
/// </summary>
internal static class Captions
{
    private const int MaxCaptionLength = 400;

    private static readonly string[] Words = ["caption", "credit", "bildunterschrift", "legende", "leyenda", "didascalia"];

    public static bool IsCaption(ContentNode node)
    {
        if (node.Tag == "figcaption")
        {
            return true;
        }
        if (node.TextLength > MaxCaptionLength || node.Hints.Length == 0 || node.Paragraphs > 1)
        {
            return false;
        }
        foreach (var name in node.Hints.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (SaysCaption(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"wp-caption-text" says caption; "no_caption" and "has-caption" describe a container, not a caption.</summary>
    private static bool SaysCaption(string name)
    {
        if (name.StartsWith("no", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("has", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var word in Words)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
