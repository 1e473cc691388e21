using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public class WordTokenizerTests
{
    [Fact]
    public void LowercasesLettersAndDigitsAndDropsPossessives()
    {
        Assert.Equal(
            ["the", "company", "don't", "sell", "3", "14", "über", "cars"],
            WordTokenizer.Tokenize("The company’s don't sell 3.14 Über-cars!"));
    }

    [Fact]
    public void CjkRunsBecomeBigrams()
    {
        Assert.Equal(["東京", "京都", "x", "雨"], WordTokenizer.Tokenize("東京都 x 雨"));
    }

    [Fact]
    public void EnglishAnalyzerStemsAndDropsStopWords()
    {
        var analyzer = TextAnalyzer.For("en-GB", "");

        Assert.Equal(["connect", "network", "run"], analyzer.Terms("The connections of the networks are running"));
    }

    [Fact]
    public void UnknownLanguageKeepsTokensUnstemmed()
    {
        var analyzer = TextAnalyzer.For("fi", "");

        Assert.Equal(["kissat", "juoksevat", "connections"], analyzer.Terms("Kissat juoksevat connections"));
    }

    [Fact]
    public void MissingLanguageTagIsGuessedFromText()
    {
        Assert.Equal("en", TextAnalyzer.For(null, "This is what the people of the town said about it").Language);
        Assert.Equal("", TextAnalyzer.For(null, "Kissat juoksevat nopeasti pihalla").Language);
    }
}
