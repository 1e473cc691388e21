namespace Bot.Core.Quotes;

/// <summary>
/// The quotation marks a quote is shown in, on every platform. A quote is often itself a quotation (“…,” she said)
/// or a sentence cut out of one, so the marks are added only when the text does not already begin and end with
/// marks, and a mark whose partner lies outside the quoted sentence gets its partner, so none is left unbalanced.
/// The quote's own characters are never changed: marks are only added around them.
/// </summary>
public static class QuotationMarks
{
    private const string Marks = "\"“”«»„‚‘’";
    private const string TrailingPunctuation = ".,;:!?…";

    /// <summary>The quote between marks, e.g. <c>We wait.</c> → <c>“We wait.”</c>, <c>“We wait.”</c> unchanged.</summary>
    public static string Enclose(string quote)
    {
        var text = Balance(quote.Trim());
        return IsQuoted(text) ? text : $"“{text}”";
    }

    /// <summary>Begins with a mark and ends with one (a full stop or comma after the closing mark allowed).</summary>
    private static bool IsQuoted(string text)
    {
        var end = text.TrimEnd(TrailingPunctuation.ToCharArray());
        return text.Length >= 2 && end.Length >= 2 && Marks.Contains(text[0]) && Marks.Contains(end[^1]);
    }

    /// <summary>Adds the opener of every closing mark that has none (before the text) and the closer of every
    /// opening mark that is not closed (after it).</summary>
    private static string Balance(string text)
    {
        var open = new List<char>();
        var unopened = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!Marks.Contains(c))
            {
                continue;
            }
            char? previous = i > 0 ? text[i - 1] : null;
            char? next = i + 1 < text.Length ? text[i + 1] : null;
            var single = c is '‘' or '’' or '‚';
            switch (RoleOf(c, previous, next, open.Exists(o => IsSingle(o) == single)))
            {
                case Role.Open:
                    open.Add(c);
                    break;
                case Role.Close:
                    var at = open.FindLastIndex(o => IsSingle(o) == single);
                    if (at >= 0)
                        open.RemoveAt(at);
                    else
                        unopened.Add(c);
                    break;
            }
        }
        if (open.Count == 0 && unopened.Count == 0)
        {
            return text;
        }
        var before = string.Concat(Enumerable.Reverse(unopened).Select(OpenerOf));
        var after = string.Concat(Enumerable.Reverse(open).Select(CloserOf));
        return before + text + after;
    }

    private enum Role { None, Open, Close }

    private static Role RoleOf(char mark, char? previous, char? next, bool sameFamilyOpen)
    {
        // Left-flanking: after a space or an opening bracket and before text ("“We"); right-flanking: after text.
        var left = (previous is null || char.IsWhiteSpace(previous.Value) || previous.Value is '(' or '[' or '{' or '—' or '–')
                   && next is { } n && !char.IsWhiteSpace(n);
        var right = previous is { } p && !char.IsWhiteSpace(p)
                    && (next is null || char.IsWhiteSpace(next.Value) || char.IsPunctuation(next.Value));
        return mark switch
        {
            '„' or '‚' => Role.Open,
            '«' => right && !left ? Role.Close : Role.Open,
            '»' => left && !right ? Role.Open : Role.Close,
            '“' => left || !right ? Role.Open : Role.Close,
            '”' => left && !right ? Role.Open : Role.Close,
            '"' => left ? Role.Open : right ? Role.Close : sameFamilyOpen ? Role.Close : Role.Open,
            '‘' => left ? Role.Open : Role.Close,
            // ’ is mostly an apostrophe (wouldn’t, the students’): a closer only when a single mark is open, or
            // right after sentence punctuation ("it’s over.’").
            '’' => sameFamilyOpen && right || previous is { } q && TrailingPunctuation.Contains(q) ? Role.Close : Role.None,
            _ => Role.None,
        };
    }

    private static bool IsSingle(char mark) => mark is '‘' or '’' or '‚';

    private static char CloserOf(char opener) => opener switch
    {
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '»' => '«',
        '”' => '”',
        '‘' => '’',
        '‚' => '‘',
        _ => opener,
    };

    private static char OpenerOf(char closer) => closer switch
    {
        '”' => '“',
        '“' => '„',
        '»' => '«',
        '«' => '»',
        '’' => '‘',
        '‘' => '‚',
        _ => closer,
    };
}
