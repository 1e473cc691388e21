using Bot.Bench;
using Bot.Core.Articles;
using Bot.Core.Articles.Documents;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Tests.Quotes;
using Bot.Core.Text;

namespace Bot.Core.Tests.Summaries;

/// <summary>
/// Guards the offline summarizer's quality against the written reference summaries in <c>bench/references</c>
/// (36 corpus pages, three editors): the Short summary must keep beating Lead-3 on ROUGE-1, ROUGE-2 and ROUGE-L F1.
/// <c>bench rouge</c> prints the same figures with detail.
/// </summary>
public sealed class ReferenceSummaryQualityTests
{
    [Fact]
    public async Task The_short_summary_beats_lead_3_against_written_references()
    {
        var sets = Directory.GetDirectories(Path.Combine(CorpusArticles.RepositoryRoot(), "bench", "references")).Order(StringComparer.Ordinal).ToList();
        var names = Directory.GetFiles(sets[0], "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        Assert.True(names.Count >= 30, $"only {names.Count} reference pages");

        var ours = new List<RougeSet>();
        var lead = new List<RougeSet>();
        var wholeLead = new List<RougeSet>();
        var summarizer = new OfflineSummarizer();
        foreach (var name in names)
        {
            var corpusArticle = CorpusArticles.Load(Path.Combine(CorpusArticles.Folder(), name));
            var text = corpusArticle.Title + "\n\n" + string.Join("\n\n", corpusArticle.Paragraphs);
            var article = PlainTextArticleReader.Read(text, corpusArticle.Url);
            var references = sets.Select(s => Rouge.Tokens(File.ReadAllText(Path.Combine(s, name + ".txt")), english: true)).ToList();

            var summary = await summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

            ours.Add(Score(references, string.Join(' ', summary.Bullets)));
            lead.Add(Score(references, string.Join(' ', article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Take(3).Select(s => s.Text))));
            wholeLead.Add(Score(references, string.Join(' ', ArticleAnalysis.Of(article).BulletCandidates.Whole.Take(3).Select(s => s.Text))));
        }

        foreach (var (measure, pick) in new (string, Func<RougeSet, RougeScore>)[] { ("R1", s => s.R1), ("R2", s => s.R2), ("RL", s => s.RL) })
        {
            var offline = ours.Average(s => pick(s).F1);
            Assert.True(offline > lead.Average(s => pick(s).F1), $"{measure}: offline {offline:F3} vs Lead-3 {lead.Average(s => pick(s).F1):F3}");
            Assert.True(offline > wholeLead.Average(s => pick(s).F1), $"{measure}: offline {offline:F3} vs whole-sentence Lead-3 {wholeLead.Average(s => pick(s).F1):F3}");
        }
    }

    private static RougeSet Score(List<List<string>> references, string candidate) =>
        Rouge.Mean(references, Rouge.Tokens(candidate, english: true));
}
