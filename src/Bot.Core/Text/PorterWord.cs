using System.Text;

namespace Bot.Core.Text;

/// <summary>The mutable word the Porter steps work on, with the consonant/vowel measures they test.</summary>
internal sealed class PorterWord(string text)
{
    private readonly StringBuilder _chars = new(text);

    public int Length => _chars.Length;

    public char this[int index] => _chars[index];

    public bool EndsWith(string suffix)
    {
        if (suffix.Length > _chars.Length)
        {
            return false;
        }
        var offset = _chars.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (_chars[offset + i] != suffix[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Drops <paramref name="count"/> characters from the end and appends <paramref name="replacement"/>.</summary>
    public void Replace(int count, string replacement)
    {
        _chars.Length -= count;
        _chars.Append(replacement);
    }

    /// <summary>m in [C](VC)^m[V], over the first <paramref name="length"/> characters.</summary>
    public int Measure(int length)
    {
        var measure = 0;
        var i = 0;
        while (i < length && IsConsonant(i))
        {
            i++;
        }
        while (i < length)
        {
            while (i < length && !IsConsonant(i))
            {
                i++;
            }
            if (i >= length)
            {
                break;
            }
            measure++;
            while (i < length && IsConsonant(i))
            {
                i++;
            }
        }
        return measure;
    }

    public bool HasVowel(int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!IsConsonant(i))
            {
                return true;
            }
        }
        return false;
    }

    public bool EndsInDoubleConsonant() =>
        _chars.Length >= 2 && _chars[^1] == _chars[^2] && IsConsonant(_chars.Length - 1);

    /// <summary>*o: the first <paramref name="length"/> characters end consonant-vowel-consonant, the last not w, x or y.</summary>
    public bool EndsCvc(int length) =>
        length >= 3 && IsConsonant(length - 3) && !IsConsonant(length - 2) && IsConsonant(length - 1)
        && _chars[length - 1] is not ('w' or 'x' or 'y');

    public override string ToString() => _chars.ToString();

    private bool IsConsonant(int i) => _chars[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };
}
