namespace Bot.Core.Summaries.Offline;

/// <summary>A unit-length TF-IDF vector kept as term ids in ascending order, for fast cosine similarity.</summary>
public sealed class TermVector
{
    private readonly int[] _ids;
    private readonly double[] _weights;

    private TermVector(int[] ids, double[] weights)
    {
        _ids = ids;
        _weights = weights;
    }

    public static TermVector Empty { get; } = new([], []);

    public bool IsEmpty => _ids.Length == 0;

    public static TermVector From(IEnumerable<int> termIds, Func<int, double> idf)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var id in termIds)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var ids = counts.Keys.ToArray();
        var weights = new double[ids.Length];
        var norm = 0.0;
        for (var i = 0; i < ids.Length; i++)
        {
            weights[i] = (1 + Math.Log(counts[ids[i]])) * idf(ids[i]);
            norm += weights[i] * weights[i];
        }

        if (norm <= 0)
        {
            return Empty;
        }
        norm = Math.Sqrt(norm);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }
        return new TermVector(ids, weights);
    }

    public double Cosine(TermVector other)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < _ids.Length && j < other._ids.Length)
        {
            var a = _ids[i];
            var b = other._ids[j];
            if (a == b)
            {
                dot += _weights[i++] * other._weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot;
    }
}
