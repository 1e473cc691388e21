namespace Bot.Core.Articles.Markup;

/// <summary>
/// Where a script's text ends, by the tokenizer's script-data states: after <c>&lt;!--</c> a nested
/// <c>&lt;script&gt;</c> makes the next <c>&lt;/script&gt;</c> part of the text (the "double escaped" states).
/// </summary>
internal static class ScriptData
{
    private enum State { Data, Escaped, DoubleEscaped }

    /// <summary>The index of the <c>&lt;/script</c> that ends the script text starting at <paramref name="from"/>,
    /// or the page length when the page ends first.</summary>
    public static int FindEnd(string html, int from)
    {
        var state = State.Data;
        var i = from;
        while (true)
        {
            // Only '<' matters in script data, and '<' or '-' once escaped.
            var skip = state == State.Data ? html.AsSpan(i).IndexOf('<') : html.AsSpan(i).IndexOfAny('<', '-');
            if (skip < 0)
            {
                return html.Length;
            }
            i += skip;
            var c = html[i];
            switch (state)
            {
                case State.Data when c == '<':
                    if (MarkupLimiter.IsEndTagOf(html, i, "script"))
                    {
                        return i;
                    }
                    if (html.AsSpan(i).StartsWith("<!--"))
                    {
                        i += 4;
                        while (i < html.Length && html[i] == '-')
                        {
                            i++;
                        }
                        // "<!-->" and "<!--->" close the escape at once.
                        state = i < html.Length && html[i] == '>' ? State.Data : State.Escaped;
                        continue;
                    }
                    break;
                case State.Escaped or State.DoubleEscaped when c == '-' && html.AsSpan(i).StartsWith("-->"):
                    state = State.Data;
                    i += 3;
                    continue;
                case State.Escaped when c == '<':
                    if (MarkupLimiter.IsEndTagOf(html, i, "script"))
                    {
                        return i;
                    }
                    if (IsScriptTagName(html, i + 1))
                    {
                        state = State.DoubleEscaped;
                        i += 7;
                        continue;
                    }
                    break;
                case State.DoubleEscaped when c == '<' && MarkupLimiter.IsEndTagOf(html, i, "script"):
                    state = State.Escaped;
                    i += 8;
                    continue;
            }
            i++;
        }
    }

    /// <summary>"script" at <paramref name="at"/> followed by white space, '/' or '&gt;'.</summary>
    private static bool IsScriptTagName(string html, int at) =>
        at + 6 < html.Length
        && System.Text.Ascii.EqualsIgnoreCase(html.AsSpan(at, 6), "script")
        && html[at + 6] is '\t' or '\n' or '\f' or '\r' or ' ' or '/' or '>';
}
