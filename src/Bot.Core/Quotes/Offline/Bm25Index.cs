namespace Bot.Core.Quotes.Offline;

/// <summary>Okapi BM25 over a small set of documents (the sentences or paragraphs of one article).</summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int>[] _termCounts;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public Bm25Index(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        _termCounts = new Dictionary<string, int>[documents.Count];
        _lengths = new int[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in documents[d])
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
            foreach (var term in counts.Keys)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
            _termCounts[d] = counts;
            _lengths[d] = documents[d].Count;
        }
        _averageLength = documents.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
    }

    /// <summary>Inverse document frequency; highest for terms the index has never seen.</summary>
    public double Idf(string term)
    {
        var n = _termCounts.Length;
        var df = _documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    public bool Contains(int document, string term) => _termCounts[document].ContainsKey(term);

    public double Score(int document, IEnumerable<string> queryTerms)
    {
        var counts = _termCounts[document];
        var norm = K1 * (1 - B + B * _lengths[document] / _averageLength);
        var score = 0.0;
        foreach (var term in queryTerms)
        {
            if (counts.TryGetValue(term, out var tf))
            {
                score += Idf(term) * tf * (K1 + 1) / (tf + norm);
            }
        }
        return score;
    }
}
