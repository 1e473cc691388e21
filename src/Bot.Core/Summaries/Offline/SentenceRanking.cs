namespace Bot.Core.Summaries.Offline;

/// <summary>
/// How summary-worthy each sentence is: LexRank centrality blended with news priors (<see cref="SentencePriors"/>:
/// paragraph position, similarity to the title and the lead, a bonus that keeps a news-like lead), damped for very short
/// or long sentences and for openers that lean on the previous sentence. Only the first <see cref="MaxGraphSentences"/> rankable sentences enter the graph, which bounds the work on huge pages.
/// </summary>
public sealed class SentenceRanking
{
    public const int MaxGraphSentences = 250;
    private const int MinTerms = 3;
    private const double CentralityWeight = 0.4;
    private const double PositionWeight = 0.4;
    private const double TopicWeight = 0.3;
    private const double LeadBonus = 0.5;
    private const double ContextOpenerFactor = 0.8;
    private const int IdealMinTerms = 8;
    private const int IdealMaxTerms = 20;

    private readonly Dictionary<int, int> _slotBySentence;
    private readonly TermVector[] _vectors;
    private readonly double[] _scores;
    private readonly bool[] _leansOnContext;

    private SentenceRanking(Dictionary<int, int> slotBySentence, TermVector[] vectors, double[] scores, bool[] leansOnContext)
    {
        _slotBySentence = slotBySentence;
        _vectors = vectors;
        _scores = scores;
        _leansOnContext = leansOnContext;
    }

    /// <summary>Score in [0, 1] of a sentence (by <see cref="ArticleSentence.Index"/>); 0 when it was not ranked.</summary>
    public double Score(int sentenceIndex) =>
        _slotBySentence.TryGetValue(sentenceIndex, out var slot) ? _scores[slot] : 0;

    /// <summary>
    /// The score when the sentence just before it is shown too: an opener such as "But" or "He" then reads fine,
    /// so its penalty is lifted.
    /// </summary>
    public double ScoreAfterPrevious(int sentenceIndex) =>
        _slotBySentence.TryGetValue(sentenceIndex, out var slot)
            ? _scores[slot] / (_leansOnContext[slot] ? ContextOpenerFactor : 1)
            : 0;

    /// <summary>Cosine similarity of two ranked sentences; 0 when either was not ranked.</summary>
    public double Similarity(int sentenceA, int sentenceB) =>
        _slotBySentence.TryGetValue(sentenceA, out var a) && _slotBySentence.TryGetValue(sentenceB, out var b)
            ? _vectors[a].Cosine(_vectors[b])
            : 0;

    public static SentenceRanking Compute(ArticleAnalysis analysis)
    {
        var ranked = analysis.Sentences.Where(s => s.Terms.Count >= MinTerms).Take(MaxGraphSentences).ToList();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = ranked.Select(s => s.Terms.Select(t => Intern(vocabulary, t)).ToArray()).ToList();
        var titleIds = analysis.TitleTerms.Select(t => Intern(vocabulary, t)).ToArray();

        var documentFrequency = new int[vocabulary.Count];
        foreach (var sentenceIds in ids)
        {
            foreach (var id in sentenceIds.Distinct())
            {
                documentFrequency[id]++;
            }
        }
        var n = ranked.Count;
        double Idf(int id) => Math.Log(1.0 + (n + 1.0) / (documentFrequency[id] + 0.5));

        var vectors = ids.Select(sentenceIds => TermVector.From(sentenceIds, Idf)).ToArray();
        var title = TermVector.From(titleIds, Idf);
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[i, j] = similarity[j, i] = vectors[i].Cosine(vectors[j]);
            }
        }

        var centrality = LexRank.Scores(similarity);
        var maxCentrality = centrality.DefaultIfEmpty(0).Max();
        var priors = SentencePriors.Compute(ranked, vectors, title, analysis.IsBulletCandidate);
        var leansOnContext = ranked.Select(s => SentenceCues.LeansOnContext(s.Text)).ToArray();
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var central = maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
            var blend = CentralityWeight * central + PositionWeight * priors.Position[i] + TopicWeight * priors.Topicality[i];
            var opener = leansOnContext[i] ? ContextOpenerFactor : 1;
            scores[i] = LengthFactor(ranked[i].Terms.Count) * opener * blend + (i == priors.Lead ? LeadBonus : 0);
        }
        var maxScore = scores.DefaultIfEmpty(0).Max();
        for (var i = 0; i < n && maxScore > 0; i++)
        {
            scores[i] /= maxScore;
        }

        var slots = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            slots[ranked[i].Index] = i;
        }
        return new SentenceRanking(slots, vectors, scores, leansOnContext);
    }

    /// <summary>Short sentences say little and very long ones crowd out others: both are damped.</summary>
    private static double LengthFactor(int terms) =>
        terms < IdealMinTerms ? Math.Sqrt((double)terms / IdealMinTerms)
        : terms > IdealMaxTerms ? (double)IdealMaxTerms / terms
        : 1;

    private static int Intern(Dictionary<string, int> vocabulary, string term)
    {
        if (!vocabulary.TryGetValue(term, out var id))
        {
            id = vocabulary.Count;
            vocabulary[term] = id;
        }
        return id;
    }
}
