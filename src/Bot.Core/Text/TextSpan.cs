namespace Bot.Core.Text;

/// <summary>A sentence cut from a paragraph: <see cref="Text"/> is exactly <c>paragraph.Substring(Start, Length)</c>.</summary>
public readonly record struct TextSpan(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
