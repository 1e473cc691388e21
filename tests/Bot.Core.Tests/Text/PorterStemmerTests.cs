using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public class PorterStemmerTests
{
    // Samples from Porter's paper and its reference vocabulary.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("operator", "oper")]
    [InlineData("hopefulness", "hope")]
    [InlineData("formality", "formal")]
    [InlineData("triplicate", "triplic")]
    [InlineData("electrical", "electr")]
    [InlineData("revival", "reviv")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controll", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("connections", "connect")]
    [InlineData("connecting", "connect")]
    [InlineData("running", "run")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("is", "is")]
    public void StemsLikePorter(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("Running")]
    [InlineData("café")]
    [InlineData("2024")]
    public void LeavesNonLowercaseAsciiWordsAlone(string word)
    {
        Assert.Equal(word, PorterStemmer.Stem(word));
    }
}
