namespace Bot.Core.Text;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, e.g. "connections" → "connect", "relational" → "relat".
/// Words that are not plain lower-case a–z are returned unchanged.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new PorterWord(word);
        Step1A(w);
        Step1B(w);
        if (w.EndsWith("y") && w.HasVowel(w.Length - 1))
        {
            w.Replace(1, "i");
        }
        ApplyFirst(w, Step2Rules, minMeasure: 0);
        ApplyFirst(w, Step3Rules, minMeasure: 0);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1A(PorterWord w)
    {
        if (w.EndsWith("sses") || w.EndsWith("ies"))
        {
            w.Replace(2, "");
        }
        else if (!w.EndsWith("ss") && w.EndsWith("s"))
        {
            w.Replace(1, "");
        }
    }

    private static void Step1B(PorterWord w)
    {
        if (w.EndsWith("eed"))
        {
            if (w.Measure(w.Length - 3) > 0)
            {
                w.Replace(1, "");
            }
            return;
        }

        string? suffix = w.EndsWith("ed") ? "ed" : w.EndsWith("ing") ? "ing" : null;
        if (suffix is null || !w.HasVowel(w.Length - suffix.Length))
        {
            return;
        }

        w.Replace(suffix.Length, "");
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.Replace(0, "e");
        }
        else if (w.EndsInDoubleConsonant() && !(w.EndsWith("l") || w.EndsWith("s") || w.EndsWith("z")))
        {
            w.Replace(1, "");
        }
        else if (w.Measure(w.Length) == 1 && w.EndsCvc(w.Length))
        {
            w.Replace(0, "e");
        }
    }

    private static void ApplyFirst(PorterWord w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.EndsWith(suffix))
            {
                if (w.Measure(w.Length - suffix.Length) > minMeasure)
                {
                    w.Replace(suffix.Length, replacement);
                }
                return;
            }
        }
    }

    private static void Step4(PorterWord w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!w.EndsWith(suffix))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            var allowed = suffix != "ion" || stemLength > 0 && w[stemLength - 1] is 's' or 't';
            if (allowed && w.Measure(stemLength) > 1)
            {
                w.Replace(suffix.Length, "");
            }
            return;
        }
    }

    private static void Step5(PorterWord w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(w.Length - 1);
            if (m > 1 || m == 1 && !w.EndsCvc(w.Length - 1))
            {
                w.Replace(1, "");
            }
        }

        if (w.EndsWith("ll") && w.Measure(w.Length) > 1)
        {
            w.Replace(1, "");
        }
    }
}
