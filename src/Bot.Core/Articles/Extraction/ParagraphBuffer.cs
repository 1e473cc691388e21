using System.Text;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Collects the text of the block being written. Whitespace is collapsed (except in <c>pre</c>); a single
/// <c>&lt;br&gt;</c> becomes a line break and two in a row end the paragraph.
/// </summary>
internal sealed class ParagraphBuffer(List<TextBlock> paragraphs)
{
    private readonly StringBuilder builder = new();
    private int breaks;
    private LinkTally links = new();
    private bool inLink;

    /// <summary>The role of the element whose text is being collected; set by the writer on entering and leaving.</summary>
    public BlockRole Role { get; set; }

    public void AppendText(string text, bool preserveWhitespace, bool inLink = false)
    {
        this.inLink = inLink;
        if (preserveWhitespace)
        {
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    builder.Append('\n');
                }
                else if (c != '\r')
                {
                    AppendChar(c);
                }
            }
            return;
        }
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (builder.Length > 0 && builder[^1] is not (' ' or '\n'))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                AppendChar(c);
            }
        }
    }

    private void AppendChar(char c)
    {
        if (breaks >= 2)
        {
            Flush();
        }
        else if (breaks == 1 && builder.Length > 0)
        {
            TrimEnd();
            builder.Append('\n');
        }
        breaks = 0;
        builder.Append(c);
        links.Add(builder.Length - 1, inLink);
    }

    public void LineBreak() => breaks++;

    public void Flush()
    {
        breaks = 0;
        TrimEnd();
        var start = 0;
        while (start < builder.Length && builder[start] is ' ' or '\n')
        {
            start++;
        }
        if (start < builder.Length)
        {
            paragraphs.Add(links.Block(builder.ToString(start, builder.Length - start), Role, start));
        }
        builder.Clear();
        links.Reset();
    }

    private void TrimEnd()
    {
        while (builder.Length > 0 && builder[^1] is ' ' or '\n')
        {
            builder.Length--;
        }
    }
}
