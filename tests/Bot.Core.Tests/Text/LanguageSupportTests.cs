using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

/// <summary>Language guess, stop words and stemming for the seven languages the offline summarizer supports.</summary>
public class LanguageSupportTests
{
    [Theory]
    [InlineData("en", "The council said that the new bridge would be open to traffic by the end of the year.")]
    [InlineData("de", "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke bis zum Ende des Jahres für den Verkehr geöffnet wird.")]
    [InlineData("fr", "Le conseil municipal a décidé mardi que le nouveau pont sera ouvert à la circulation avant la fin de l'année.")]
    [InlineData("es", "El ayuntamiento decidió el martes que el nuevo puente estará abierto al tráfico antes del final del año.")]
    [InlineData("it", "Il consiglio comunale ha deciso martedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno.")]
    [InlineData("pt", "A câmara municipal decidiu na terça-feira que a nova ponte estará aberta ao trânsito até o final do ano.")]
    [InlineData("nl", "De gemeenteraad heeft dinsdag besloten dat de nieuwe brug voor het einde van het jaar open is voor het verkeer.")]
    public void GuessesTheLanguageFromItsFunctionWords(string expected, string text) =>
        Assert.Equal(expected, LanguageGuess.FromText(text));

    [Fact]
    public void DoesNotGuessALanguageFromALineOfNames() =>
        Assert.Equal("", LanguageGuess.FromText("Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf"));

    [Theory]
    [InlineData("de", "Regierungen", "Regierung")]
    [InlineData("de", "Häuser", "Hauser")]
    [InlineData("fr", "politiques", "politique")]
    [InlineData("fr", "l'économie", "économies")]
    [InlineData("es", "ciudades", "ciudad")]
    [InlineData("it", "ministri", "ministro")]
    [InlineData("pt", "cidades", "cidade")]
    [InlineData("nl", "regeringen", "regering")]
    public void InflectedFormsShareOneTerm(string language, string a, string b)
    {
        var analyzer = TextAnalyzer.For(language, "");

        Assert.Equal(analyzer.Terms(a), analyzer.Terms(b));
        Assert.Single(analyzer.Terms(a));
    }

    [Theory]
    [InlineData("de", "der die und ist nicht")]
    [InlineData("fr", "le la et est pas")]
    [InlineData("es", "el los y es para")]
    [InlineData("it", "il gli e sono per")]
    [InlineData("pt", "o os e são para")]
    [InlineData("nl", "de het en is niet")]
    public void FunctionWordsAreNoTerms(string language, string text) =>
        Assert.Empty(TextAnalyzer.For(language, "").Terms(text));

    [Theory]
    [InlineData("“We are ready,” she said.", true)]
    [InlineData("„Wir sind bereit“, sagte sie.", true)]
    [InlineData("« Nous sommes prêts », a-t-elle dit.", true)]
    [InlineData("The mayor said the plan was \"ready\" and \"funded\".", true)]
    [InlineData("«QHL und NLB – das ist eine Zweiklassengesellschaft, da machen wir uns nichts vor.", false)]
    [InlineData("“We are ready, and we have been for a long time.", false)]
    [InlineData("It is done,” she said.", false)]
    public void TellsWhetherEveryQuotationIsClosed(string text, bool balanced) =>
        Assert.Equal(balanced, QuoteMarks.AreBalanced(text));
}
