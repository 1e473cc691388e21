using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public class SentenceSplitterTests
{
    // Expected sentences are separated by " | ".
    [Theory]
    [InlineData("One sentence here. Another one there.", "One sentence here. | Another one there.")]
    [InlineData("Dr. Smith met Mr. Jones on St. Mark's Square. They talked.", "Dr. Smith met Mr. Jones on St. Mark's Square. | They talked.")]
    [InlineData("He moved to the U.S. The weather was better.", "He moved to the U.S. | The weather was better.")]
    [InlineData("The U.S. Senate voted on Tuesday. It passed.", "The U.S. Senate voted on Tuesday. | It passed.")]
    [InlineData("Bring fruit, e.g. apples, i.e. the red ones. Thanks.", "Bring fruit, e.g. apples, i.e. the red ones. | Thanks.")]
    [InlineData("Use tools, e.g. Hammers and saws. Done.", "Use tools, e.g. Hammers and saws. | Done.")]
    [InlineData("Pi is 3.14 roughly. The deal was worth $1.5bn in total.", "Pi is 3.14 roughly. | The deal was worth $1.5bn in total.")]
    [InlineData("It cost $1.5bn. Analysts were surprised.", "It cost $1.5bn. | Analysts were surprised.")]
    [InlineData("J. R. R. Tolkien wrote it. Everyone read it.", "J. R. R. Tolkien wrote it. | Everyone read it.")]
    [InlineData("It happened on Jan. 5 at No. 10 Downing Street. Nobody saw.", "It happened on Jan. 5 at No. 10 Downing Street. | Nobody saw.")]
    [InlineData("Apples, pears, etc. are fruit. Fine.", "Apples, pears, etc. are fruit. | Fine.")]
    [InlineData("He waited... and waited. Then he left.", "He waited... and waited. | Then he left.")]
    [InlineData("He waited… Then he left.", "He waited… | Then he left.")]
    [InlineData("\"He left.\" She said nothing more.", "\"He left.\" | She said nothing more.")]
    [InlineData("“Why?” she asked. “Because.”", "“Why?” she asked. | “Because.”")]
    [InlineData("He said it (twice.) Then stopped.", "He said it (twice.) | Then stopped.")]
    [InlineData("(This is an aside.) The main point follows.", "(This is an aside.) | The main point follows.")]
    [InlineData("Die Messe beginnt am 31. Mai in Berlin. Der Eintritt ist frei.", "Die Messe beginnt am 31. Mai in Berlin. | Der Eintritt ist frei.")]
    [InlineData("Das Haus stammt aus dem 19. Jahrhundert. Es wurde renoviert.", "Das Haus stammt aus dem 19. Jahrhundert. | Es wurde renoviert.")]
    [InlineData("Er kam 2019 zum 3. Mal. Dann blieb er.", "Er kam 2019 zum 3. Mal. | Dann blieb er.")]
    [InlineData("Viele Tiere, z. B. Igel, schlafen. Andere nicht.", "Viele Tiere, z. B. Igel, schlafen. | Andere nicht.")]
    [InlineData("Es kostet ca. 5 Mio. Euro bzw. mehr. Das ist viel.", "Es kostet ca. 5 Mio. Euro bzw. mehr. | Das ist viel.")]
    [InlineData("„Wir sind bereit.“ Das sagte der Minister.", "„Wir sind bereit.“ | Das sagte der Minister.")]
    [InlineData("Il a dit : « C'est fini. » Puis il est parti.", "Il a dit : « C'est fini. » | Puis il est parti.")]
    [InlineData("Really?! Yes. Wow!", "Really?! | Yes. | Wow!")]
    [InlineData("Visit example.com for more. Or not.", "Visit example.com for more. | Or not.")]
    [InlineData("The meeting ends at 5 p.m. The staff then leave.", "The meeting ends at 5 p.m. | The staff then leave.")]
    [InlineData("So did I. Then we went home.", "So did I. | Then we went home.")]
    [InlineData("1. Preheat the oven. 2. Mix the flour.", "1. Preheat the oven. | 2. Mix the flour.")]
    [InlineData("No terminator at the end", "No terminator at the end")]
    [InlineData("  Leading and trailing spaces.  ", "Leading and trailing spaces.")]
    [InlineData("今日は晴れです。明日は雨でしょう！本当ですか？", "今日は晴れです。 | 明日は雨でしょう！ | 本当ですか？")]
    [InlineData("彼は「行きます。」と言った。私は残った。", "彼は「行きます。」と言った。 | 私は残った。")]
    [InlineData("我们走吧。他说：“好的！”然后离开了。", "我们走吧。 | 他说：“好的！” | 然后离开了。")]
    [InlineData("First part\n\nSecond part.", "First part | Second part.")]
    [InlineData("A line\nwrapped in the source. Next.", "A line\nwrapped in the source. | Next.")]
    [InlineData("+ Added slime blocks\n+ Added banners\n- Fixed a crash", "+ Added slime blocks | + Added banners | - Fixed a crash")]
    [InlineData("Steps:\n1. Open the box\n2) Plug it in", "Steps: | 1. Open the box | 2) Plug it in")]
    public void SplitsIntoSentences(string paragraph, string expected)
    {
        var sentences = SentenceSplitter.Split(paragraph).Select(s => s.Text).ToArray();

        Assert.Equal(expected.Split(" | "), sentences);
    }

    [Theory]
    [InlineData("  Dr. Who arrived.  “Hello,” he said.\n Bye!  ")]
    [InlineData("今日は晴れです。 明日は雨。")]
    public void SpansCutTheSentenceVerbatimFromTheParagraph(string paragraph)
    {
        var spans = SentenceSplitter.Split(paragraph);

        Assert.NotEmpty(spans);
        var previousEnd = 0;
        foreach (var span in spans)
        {
            Assert.Equal(paragraph.Substring(span.Start, span.Length), span.Text);
            Assert.True(span.Start >= previousEnd);
            Assert.Equal(span.Text.Trim(), span.Text);
            previousEnd = span.End;
        }
    }

    [Fact]
    public void EmptyOrBlankParagraphHasNoSentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("  \n "));
    }
}
