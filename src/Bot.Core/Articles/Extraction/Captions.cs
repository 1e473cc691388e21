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
        foreach (var word in Words)
        {
            if (node.Hints.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
