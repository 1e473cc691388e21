using System.Text;

namespace Bot.Core.Articles.Fetching;

/// <summary>Turns a charset label into an <see cref="Encoding"/>, with the aliases browsers use (WHATWG Encoding).</summary>
public static class CharsetNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        // Browsers decode these labels as windows-1252, a superset of Latin-1 and ASCII.
        ["iso-8859-1"] = "windows-1252", ["iso8859-1"] = "windows-1252", ["iso_8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252", ["l1"] = "windows-1252", ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252", ["cp1252"] = "windows-1252", ["x-cp1252"] = "windows-1252",
        // GBK and GB2312 pages are decoded with GB18030, their superset.
        ["gbk"] = "gb18030", ["x-gbk"] = "gb18030", ["gb2312"] = "gb18030", ["csgb2312"] = "gb18030",
        ["gb_2312-80"] = "gb18030", ["cp936"] = "gb18030", ["ms936"] = "gb18030", ["windows-936"] = "gb18030",
        ["chinese"] = "gb18030",
        ["sjis"] = "shift_jis", ["x-sjis"] = "shift_jis", ["shift-jis"] = "shift_jis", ["ms_kanji"] = "shift_jis",
        ["windows-31j"] = "shift_jis", ["csshiftjis"] = "shift_jis", ["ms932"] = "shift_jis",
        ["utf8"] = "utf-8", ["unicode-1-1-utf-8"] = "utf-8",
        ["koi"] = "koi8-r", ["koi8"] = "koi8-r", ["koi8_r"] = "koi8-r", ["cskoi8r"] = "koi8-r",
    };

    static CharsetNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for <paramref name="label"/>, or null when it is unknown or not safe to use.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }
        // UTF-7 lets markup hide in innocent-looking bytes; browsers dropped it.
        if (name.Equals("utf-7", StringComparison.OrdinalIgnoreCase) || name.Equals("x-user-defined", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
