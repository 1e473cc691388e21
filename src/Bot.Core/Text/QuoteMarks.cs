namespace Bot.Core.Text;

/// <summary>
/// Whether a passage closes every quotation mark it opens, in the conventions of English (“…”, "…"), German („…“,
/// »…«), French, Spanish and Italian («…», ‹…›). A sentence cut out of a longer quotation fails: it opens a quotation
/// that ends in another sentence, or closes one that began before it.
/// </summary>
public static class QuoteMarks
{
    public static bool AreBalanced(string text)
    {
        var doubles = 0;
        var guillemetsOpen = 0;
        var guillemetsClose = 0;
        var singleOpen = 0;
        var singleClose = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\u201C' or '\u201D' or '\u201E':
                    doubles++;
                    break;
                case '«':
                    guillemetsOpen++;
                    break;
                case '»':
                    guillemetsClose++;
                    break;
                case '‹':
                    singleOpen++;
                    break;
                case '›':
                    singleClose++;
                    break;
            }
        }
        return doubles % 2 == 0 && guillemetsOpen == guillemetsClose && singleOpen == singleClose;
    }
}
