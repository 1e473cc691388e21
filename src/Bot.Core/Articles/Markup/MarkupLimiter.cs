using System.Text;

namespace Bot.Core.Articles.Markup;

/// <summary>
/// One linear pass over a page's markup before the HTML parser sees it, so that any page within the size limit parses
/// in bounded time and memory. The parser's tree builder searches its stack of open elements for most tags, so its
/// cost grows with depth × tags: a start tag that would nest deeper than <see cref="MaxDepth"/> (Blink's cap) is
/// dropped with its end tag, its text flattened into the ancestor at the cap. And past <see cref="MaxWork"/> elements
/// and end tags, far more than real pages hold, the rest of the page is kept as text only.
/// Pages under both bounds come back as the same string instance.
/// </summary>
public static class MarkupLimiter
{
    public const int MaxDepth = 512;

    public const int MaxWork = 50_000;

    public static string Limit(string html) => Limit(html, MaxDepth, MaxWork);

    public static string Limit(string html, int maxDepth, int maxWork)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new Pass(html, new OpenElements(maxDepth, maxWork)).Run();
    }

    /// <summary>The tokenizer side: finds tags the way the HTML tokenizer does (comments, raw text and script data
    /// included, since misreading where one ends would hide the tags after it) and copies the page without the
    /// tags the model drops.</summary>
    private sealed class Pass(string html, OpenElements tree)
    {
        private readonly TagNames names = new();
        private StringBuilder? output;
        private int copied;

        public string Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0)
                {
                    tree.Text();
                    break;
                }
                if (lt > i)
                {
                    tree.Text();
                }
                i = Markup(lt);
            }
            return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
        }

        /// <summary>Reads the markup starting at <paramref name="lt"/> (a '&lt;') and returns where the text after it starts.</summary>
        private int Markup(int lt)
        {
            var next = At(lt + 1);
            if (char.IsAsciiLetter(next))
            {
                return Tag(lt, lt + 1, end: false);
            }
            if (next == '/')
            {
                var after = At(lt + 2);
                return char.IsAsciiLetter(after) ? Tag(lt, lt + 2, end: true)
                    : after == '>' ? lt + 3
                    : after == '\0' && lt + 2 >= html.Length ? Literal(lt)
                    : PastNext('>', lt + 2);
            }
            if (next == '!')
            {
                return html.AsSpan(lt).StartsWith("<!--") ? Comment(lt + 4)
                    : tree.InForeignContent && html.AsSpan(lt).StartsWith("<![CDATA[") ? PastNext("]]>", lt + 9)
                    : PastNext('>', lt + 2);
            }
            return next == '?' ? PastNext('>', lt + 2) : Literal(lt);
        }

        private int Literal(int lt)
        {
            tree.Text();
            return lt + 1;
        }

        private int Tag(int lt, int nameStart, bool end)
        {
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not ('\t' or '\n' or '\f' or '\r' or ' ' or '/' or '>'))
            {
                nameEnd++;
            }
            var close = TagEnd.Find(html, nameEnd, out var selfClosing);
            if (close < 0)
            {
                return html.Length; // a tag cut by the end of the page is not a tag at all
            }
            var name = names.Get(html.AsSpan(nameStart, nameEnd - nameStart));
            if (end)
            {
                if (!tree.End(name))
                {
                    Drop(lt, close, name);
                }
                return close;
            }

            var outcome = tree.Start(name, selfClosing, html.AsMemory(nameEnd, close - nameEnd));
            if (outcome == StartOutcome.Dropped)
            {
                if (tree.Exhausted && name.Is(TagKind.RawText))
                {
                    return DropRawText(lt, close, name);
                }
                Drop(lt, close, name);
                return close;
            }
            return outcome == StartOutcome.RawText ? PastRawText(close, name.Name) : close;
        }


        /// <summary>Skips the content of a raw-text element and its end tag.</summary>
        private int PastRawText(int contentStart, string name)
        {
            if (name == "plaintext")
            {
                return html.Length;
            }
            var endTag = name == "script" ? ScriptData.FindEnd(html, contentStart) : FindEndTag(contentStart, name);
            if (endTag >= html.Length)
            {
                return html.Length;
            }
            var close = TagEnd.Find(html, endTag + 2 + name.Length, out _);
            return close < 0 ? html.Length : close;
        }

        /// <summary>Past the budget a raw-text element goes whole: its content would otherwise turn into markup.</summary>
        private int DropRawText(int lt, int contentStart, TagName name)
        {
            var after = PastRawText(contentStart, name.Name);
            Drop(lt, after, name);
            return after;
        }

        private int FindEndTag(int from, string name)
        {
            while (true)
            {
                var at = html.IndexOf("</", from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return html.Length;
                }
                if (IsEndTagOf(html, at, name))
                {
                    return at;
                }
                from = at + 2;
            }
        }

        private int Comment(int start)
        {
            // "<!-->" and "<!--->" are whole (empty) comments; otherwise a comment ends at the first "-->" or "--!>".
            if (At(start) == '>')
            {
                return start + 1;
            }
            if (At(start) == '-' && At(start + 1) == '>')
            {
                return start + 2;
            }
            for (var from = start; ;)
            {
                var dashes = from < html.Length ? html.IndexOf("--", from, StringComparison.Ordinal) : -1;
                if (dashes < 0)
                {
                    return html.Length;
                }
                if (At(dashes + 2) == '>')
                {
                    return dashes + 3;
                }
                if (At(dashes + 2) == '!' && At(dashes + 3) == '>')
                {
                    return dashes + 4;
                }
                from = dashes + 1;
            }
        }

        private int PastNext(char c, int from)
        {
            var at = html.IndexOf(c, from);
            return at < 0 ? html.Length : at + 1;
        }

        private int PastNext(string s, int from)
        {
            var at = from >= html.Length ? -1 : html.IndexOf(s, from, StringComparison.Ordinal);
            return at < 0 ? html.Length : at + s.Length;
        }

        private char At(int i) => i < html.Length ? html[i] : '\0';

        /// <summary>Leaves html[start..end) out of the copy; a block element leaves a space so words stay apart.</summary>
        private void Drop(int start, int end, TagName name)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, start - copied);
            if (name.Is(TagKind.Special) && start > 0 && end < html.Length)
            {
                output.Append(' ');
            }
            copied = end;
        }
    }

    /// <summary><c>&lt;/name</c> at <paramref name="at"/>, followed by what ends a tag name (ASCII case folding only,
    /// as the tokenizer does).</summary>
    internal static bool IsEndTagOf(string html, int at, string name)
    {
        var nameAt = at + 2;
        if (nameAt + name.Length > html.Length || !Ascii.EqualsIgnoreCase(html.AsSpan(nameAt, name.Length), name))
        {
            return false;
        }
        var after = nameAt + name.Length;
        return after < html.Length && html[after] is '\t' or '\n' or '\f' or '\r' or ' ' or '/' or '>';
    }
}
