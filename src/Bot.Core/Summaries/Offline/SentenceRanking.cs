namespace Bot.Core.Summaries.Offline;

/// <summary>
/// How summary-worthy each sentence is. News puts its most important facts first, so the backbone is a lead prior
/// that decays with the sentence's rank among the bullet candidates, from where the news starts; directed centrality
/// (<see cref="DirectedCentrality"/>) and likeness to the title move a sentence up or down from there. Only the first
/// <see cref="MaxGraphSentences"/> rankable sentences are scored, which bounds the work on huge pages.
/// </summary>
public sealed class SentenceRanking
{
    public const int MaxGraphSentences = 250;
    private const int MinTerms = 3;

    private const double PositionDecay = 2.0;
    private const double CentralityWeight = 0.2;
    private const double TitleWeight = 0.3;
    private const int MaxFeatureOpening = 5;
    private const double FeatureOpeningFactor = 0.5;

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

        var centrality = CandidateCentrality(ranked, similarity, analysis.IsBulletCandidate);
        var opening = NewsStart(ranked, i => title.Cosine(vectors[i]) > 0, analysis.IsBulletCandidate, title.IsEmpty);
        var scores = new double[n];
        var candidatesBefore = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == opening)
            {
                candidatesBefore = 0;
            }
            var lead = Math.Exp(-candidatesBefore / PositionDecay) * (i < opening ? FeatureOpeningFactor : 1);
            scores[i] = lead + CentralityWeight * centrality[i] + TitleWeight * title.Cosine(vectors[i]);
            if (analysis.IsBulletCandidate(ranked[i]))
            {
                candidatesBefore++;
            }
        }
        Rescale(scores);

        var slots = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            slots[ranked[i].Index] = i;
        }
        return new SentenceRanking(slots, vectors, scores);
    }

    /// <summary>
    /// Where the news starts: the first candidate that shares a word with the headline. The lead prior restarts there;
    /// a feature-style opening before it ("It was a grey morning…") keeps only part of its prior. Without a headline,
    /// or when none of the first few candidates speaks of it, the article starts at its first sentence.
    /// </summary>
    private static int NewsStart(
        List<ArticleSentence> ranked, Func<int, bool> onTopic, Func<ArticleSentence, bool> isCandidate, bool noHeadline)
    {
        if (noHeadline)
        {
            return 0;
        }
        var seen = 0;
        for (var i = 0; i < ranked.Count && seen < MaxFeatureOpening; i++)
        {
            if (!isCandidate(ranked[i]))
            {
                continue;
            }
            if (onTopic(i))
            {
                return i;
            }
            seen++;
        }
        return 0;
    }

    /// <summary>
    /// Directed centrality among the bullet candidates only: a heading or caption that echoes the lead is no earlier
    /// sentence the lead repeats. Other sentences get 0.
    /// </summary>
    private static double[] CandidateCentrality(List<ArticleSentence> ranked, double[,] similarity, Func<ArticleSentence, bool> isCandidate)
    {
        var slots = Enumerable.Range(0, ranked.Count).Where(i => isCandidate(ranked[i])).ToArray();
        var among = new double[slots.Length, slots.Length];
        for (var a = 0; a < slots.Length; a++)
        {
            for (var b = 0; b < slots.Length; b++)
            {
                among[a, b] = similarity[slots[a], slots[b]];
            }
        }
        var scores = DirectedCentrality.Scores(among);
        var centrality = new double[ranked.Count];
        for (var a = 0; a < slots.Length; a++)
        {
            centrality[slots[a]] = scores[a];
        }
        return centrality;
    }

    /// <summary>Maps the scores onto [0, 1], keeping their order.</summary>
    private static void Rescale(double[] scores)
    {
        if (scores.Length == 0)
        {
            return;
        }
        var min = scores.Min();
        var spread = scores.Max() - min;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = spread > 0 ? (scores[i] - min) / spread : 1;
        }
    }

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
