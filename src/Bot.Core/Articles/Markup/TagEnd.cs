namespace Bot.Core.Articles.Markup;

/// <summary>Finds where a tag ends, following the tokenizer's attribute states: a '&gt;' inside a quoted value does
/// not end it, and a quote only opens a value right after '='.</summary>
internal static class TagEnd
{
    /// <summary>The index just past the tag's '&gt;', or -1 when the page ends inside the tag.</summary>
    /// <param name="from">Just past the tag name.</param>
    public static int Find(string html, int from, out bool selfClosing)
    {
        selfClosing = false;
        var i = from;
        while (true)
        {
            // Before an attribute name.
            i = SkipSpace(html, i);
            if (i >= html.Length)
            {
                return -1;
            }
            switch (html[i])
            {
                case '>':
                    return i + 1;
                case '/':
                    i++;
                    if (i < html.Length && html[i] == '>')
                    {
                        selfClosing = true;
                        return i + 1;
                    }
                    continue;
            }

            // The name (its first character may be '=').
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            i = SkipSpace(html, i);
            if (i >= html.Length)
            {
                return -1;
            }
            if (html[i] != '=')
            {
                continue; // '/', '>' or the next attribute
            }

            // The value.
            i = SkipSpace(html, i + 1);
            if (i >= html.Length)
            {
                return -1;
            }
            var quote = html[i];
            if (quote is '"' or '\'')
            {
                var close = html.IndexOf(quote, i + 1);
                if (close < 0)
                {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
            {
                i++;
            }
        }
    }

    private static int SkipSpace(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';
}
