using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Core.Tests.Summaries;

/// <summary>The bullet and key-quote rules hold outside English: a German page full of furniture and traps.</summary>
public class MultilingualSummaryTests
{
    private const string Title = "Stadtrat sperrt die alte Brücke über den Main";
    private const string Lead = "Der Stadtrat hat die alte Brücke über den Main am 31. Mai für mindestens sechs Monate gesperrt.";

    private static Article GermanNews() => new("https://zeitung.example/bruecke", Title,
    [
        "Neue Pläne: Stadtrat sperrt die alte Brücke über den Main",
        "Von Anna Müller, Redakteurin",
        Lead,
        "Ingenieure hatten bei einer Prüfung im April Risse in zwei Stahlträgern der Brücke gefunden.",
        "Was bedeutet die Sperrung für Pendler?",
        "Umleitung",
        "Er sagte, die Umleitung über die Ringstraße koste Autofahrer etwa zehn Minuten.",
        "«Das ist ein schwarzer Tag für die Stadt und für alle, die jeden Morgen über den Main fahren.",
        "Die Reparatur der Brücke kostet nach Angaben der Stadt rund 4 Mio. Euro und wird aus Rücklagen bezahlt.",
        "„Wir können bei der Sicherheit der Brücke kein Risiko eingehen“, sagte Bürgermeisterin Eva Schmidt nach der Sitzung.",
        "Lesen Sie auch: Wie andere Städte ihre Brücken sanieren.",
        "Der Verkehr auf der neuen Brücke im Süden wird nach Schätzung der Stadt deutlich zunehmen.",
    ]);

    [Fact]
    public async Task BulletsAreWholeGermanSentencesInOrderWithoutFurniture()
    {
        var article = GermanNews();
        var sentences = article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Select(s => s.Text).ToList();

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Medium), default);

        Assert.Equal(Lead, summary.Bullets[0]);
        var positions = summary.Bullets.Select(b => sentences.IndexOf(b)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(summary.Bullets, b =>
        {
            Assert.DoesNotContain("?", b);
            Assert.False(b.StartsWith("Er ", StringComparison.Ordinal), b);
            Assert.False(b.StartsWith("Neue Pläne", StringComparison.Ordinal), b);
            Assert.False(b.StartsWith("Von ", StringComparison.Ordinal), b);
            Assert.False(b.StartsWith("Lesen Sie", StringComparison.Ordinal), b);
            Assert.True(QuoteMarks.AreBalanced(b), b);
        });
    }

    [Fact]
    public async Task KeyQuotesNeverRepeatTheHeadlineOrOpenAQuotationTheyDoNotClose()
    {
        var article = GermanNews();
        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        var quotes = await new OfflineQuoteFinder().FindAsync(article, new QuoteRequest(Count: 2, Avoid: summary.Bullets), default);

        Assert.NotEmpty(quotes.Quotes);
        Assert.StartsWith("„Wir können bei der Sicherheit", quotes.Quotes[0].Text, StringComparison.Ordinal);
        Assert.All(quotes.Quotes, q =>
        {
            Assert.DoesNotContain("Neue Pläne", q.Text);
            Assert.False(q.Text.EndsWith('?'), q.Text);
            Assert.True(QuoteMarks.AreBalanced(q.Text), q.Text);
            Assert.DoesNotContain(q.Text, summary.Bullets);
        });
    }

    [Fact]
    public void AnalyzesTheArticleInItsGuessedLanguage()
    {
        var analysis = ArticleAnalysis.Of(GermanNews());

        Assert.Equal("de", analysis.Analyzer.Language);
        Assert.DoesNotContain("der", analysis.Sentences[2].Terms);
    }

    [Fact]
    public async Task AShortSummaryStaysWithinItsWordBudgetAndCutsNoSentence()
    {
        var sentence = "The council voted on Tuesday to close the old bridge across the river for at least six months of repairs.";
        var article = new Article("https://news.example/long", "Council closes the old bridge",
            Enumerable.Range(0, 12).Select(i => $"{sentence[..^1]} in district {i}, engineers said.").ToList()) { Language = "en" };

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.InRange(summary.Bullets.Sum(b => WordCounter.Count(b)), 1, SummaryLength.Short.WordBudget());
        Assert.All(summary.Bullets, b => Assert.EndsWith("engineers said.", b));
    }
}
