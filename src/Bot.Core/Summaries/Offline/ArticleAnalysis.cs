using System.Runtime.CompilerServices;
using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Text;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// An article split into sentences and terms once, with its centrality ranking computed on first use.
/// Cached per article instance, so the summary and the quotes of one answer share the work.
/// </summary>
public sealed class ArticleAnalysis
{
    private static readonly ConditionalWeakTable<Article, ArticleAnalysis> Cache = new();

    private readonly Lazy<SentenceRanking> _ranking;
    private readonly HashSet<int> _captionParagraphs;
    private readonly Lazy<(BulletPool Pool, HashSet<int> Ranked)> _candidates;
    private readonly Lazy<VerbatimIndex> _verbatim;
    private readonly Lazy<HashSet<int>> _titleEchoes;
    private readonly byte[] _furniture; // per sentence: 0 not yet known, 1 no, 2 yes (byte writes are atomic)

    private ArticleAnalysis(Article article)
    {
        Article = article;
        var sample = string.Join(' ', article.Paragraphs.Take(20));
        Analyzer = TextAnalyzer.For(article.Language, sample);
        var sentences = new List<ArticleSentence>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            foreach (var span in SentenceSplitter.Split(article.Paragraphs[p]))
            {
                sentences.Add(new ArticleSentence(sentences.Count, p, span, Analyzer.Terms(span.Text[SentenceCues.DatelineLength(span.Text)..])));
            }
        }
        Sentences = sentences;
        _captionParagraphs = sentences.GroupBy(s => s.Paragraph)
            .Where(p => p.Count() > 1 && SentenceCues.IsPhotoCredit(p.Last().Text))
            .Select(p => p.Key)
            .ToHashSet();
        // A title made from the file name ("cnn-test-404f.txt") is no headline: rank as if there were none.
        var headline = article.Title == Articles.Documents.PlainTextArticleReader.TitleFromUrl(article.Url) ? "" : article.Title;
        TitleTerms = Analyzer.Terms(headline);
        var titleEcho = new TitleEcho(article.Title, TitleTerms);
        _titleEchoes = new(() => Sentences.Where(titleEcho.Repeats).Select(s => s.Index).ToHashSet());
        _furniture = new byte[sentences.Count];
        _candidates = new(() =>
        {
            var pool = Offline.BulletCandidates.Select(Sentences, s => IsFurniture(s) || RepeatsTitle(s), InCaption);
            var ranked = pool.Whole.Count > 0 ? pool.Whole : pool.Fallback;
            return (pool, ranked.Select(c => c.Index).ToHashSet());
        });
        _ranking = new Lazy<SentenceRanking>(() => SentenceRanking.Compute(this));
        _verbatim = new Lazy<VerbatimIndex>(() => new VerbatimIndex(article));
    }

    public Article Article { get; }

    public TextAnalyzer Analyzer { get; }

    /// <summary>Every sentence of the article in reading order.</summary>
    public IReadOnlyList<ArticleSentence> Sentences { get; }

    public IReadOnlyList<string> TitleTerms { get; }

    /// <summary>True for a sentence that is never a bullet or key quote (<see cref="SentenceCues.IsFurniture"/>); computed once.</summary>
    public bool IsFurniture(ArticleSentence sentence)
    {
        if (_furniture[sentence.Index] == 0)
        {
            _furniture[sentence.Index] = SentenceCues.IsFurniture(sentence.Text) ? (byte)2 : (byte)1;
        }
        return _furniture[sentence.Index] == 2;
    }

    /// <summary>True for a line that only repeats the headline (<see cref="Offline.TitleEcho"/>).</summary>
    public bool RepeatsTitle(ArticleSentence sentence) => _titleEchoes.Value.Contains(sentence.Index);

    /// <summary>The sentences that may become summary bullets (<see cref="Offline.BulletCandidates.Select"/>).</summary>
    public BulletPool BulletCandidates => _candidates.Value.Pool;

    /// <summary>True for a sentence of a photo caption: a paragraph that ends with a credit ("… Credit Jane Doe/Reuters").</summary>
    public bool InCaption(ArticleSentence sentence) => _captionParagraphs.Contains(sentence.Paragraph);

    /// <summary>True for the candidates the position priors count: whole sentences, or the fallback when there are none.</summary>
    public bool IsBulletCandidate(ArticleSentence sentence) => _candidates.Value.Ranked.Contains(sentence.Index);

    /// <summary>Centrality of the sentences (LexRank with position and title priors).</summary>
    public SentenceRanking Ranking => _ranking.Value;

    public VerbatimIndex Verbatim => _verbatim.Value;

    public static ArticleAnalysis Of(Article article) => Cache.GetValue(article, static a => new ArticleAnalysis(a));
}
