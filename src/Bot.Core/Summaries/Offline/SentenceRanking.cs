namespace Bot.Core.Summaries.Offline;

/// <summary>
/// How central each sentence is: LexRank centrality blended with a lead-position prior and similarity to the title, damped for very short or long sentences.
/// Only the first <see cref="MaxGraphSentences"/> rankable sentences enter the graph, which bounds the work on huge pages.
/// </summary>
public sealed class SentenceRanking
{
    public const int MaxGraphSentences = 250;
    private const int MinTerms = 3;
    private const double CentralityWeight = 0.4;
    private const double PositionWeight = 0.4;
    private const double TitleWeight = 0.2;
    private const int IdealMinTerms = 8;
    private const int IdealMaxTerms = 30;

    private readonly Dictionary<int, int> _slotBySentence;
    private readonly TermVector[] _vectors;
    private readonly double[] _scores;

    private SentenceRanking(Dictionary<int, int> slotBySentence, TermVector[] vectors, double[] scores)
    {
        _slotBySentence = slotBySentence;
        _vectors = vectors;
        _scores = scores;
    }

    /// <summary>Score in [0, 1] of a sentence (by <see cref="ArticleSentence.Index"/>); 0 when it was not ranked.</summary>
    public double Score(int sentenceIndex) =>
        _slotBySentence.TryGetValue(sentenceIndex, out var slot) ? _scores[slot] : 0;

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
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var central = maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
            var position = 1.0 / (1.0 + i / 3.0);
            var length = LengthFactor(ranked[i].Terms.Count);
            scores[i] = length * (CentralityWeight * central + PositionWeight * position + TitleWeight * title.Cosine(vectors[i]));
        }

        var slots = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            slots[ranked[i].Index] = i;
        }
        return new SentenceRanking(slots, vectors, scores);
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
