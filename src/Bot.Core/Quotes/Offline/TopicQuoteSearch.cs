using Bot.Core.Summaries.Offline;

namespace Bot.Core.Quotes.Offline;

/// <summary>
/// Passages about a topic: BM25 over stemmed sentences plus their paragraph as context, boosted when the topic's
/// words stand together (as a phrase, or close to each other). Nothing is returned below the relevance threshold.
/// </summary>
public static class TopicQuoteSearch
{
    /// <summary>Share of the topic's weight (by IDF) that a passage and its paragraph must cover to count as relevant.</summary>
    public const double MinCoverage = 0.5;
    public const int MaxQuoteLength = 400;
    private const double ParagraphWeight = 0.3;
    private const double PhraseBoost = 1.0;
    private const double ProximityBoost = 0.5;

    public static List<QuoteCandidate> Search(ArticleAnalysis analysis, string topic, int count)
    {
        var queryTerms = analysis.Analyzer.Terms(topic);
        var query = queryTerms.Distinct(StringComparer.Ordinal).ToList();
        if (query.Count == 0)
        {
            return [];
        }

        var sentences = analysis.Sentences;
        var sentenceIndex = new Bm25Index(sentences.Select(s => s.Terms).ToList());
        var paragraphTerms = Enumerable.Range(0, analysis.Article.Paragraphs.Count)
            .Select(_ => new List<string>()).ToList();
        foreach (var sentence in sentences)
        {
            paragraphTerms[sentence.Paragraph].AddRange(sentence.Terms);
        }
        var paragraphIndex = new Bm25Index(paragraphTerms);
        var queryWeight = query.Sum(sentenceIndex.Idf);
        var topicText = VerbatimText.Normalize(topic).Trim();

        var results = new List<QuoteCandidate>();
        foreach (var sentence in sentences)
        {
            var score = sentenceIndex.Score(sentence.Index, query);
            if (score <= 0 || sentence.Text.Length > MaxQuoteLength || Articles.WordCounter.Count(sentence.Text) < 4)
            {
                continue;
            }

            var covered = query.Where(t => sentenceIndex.Contains(sentence.Index, t) || paragraphIndex.Contains(sentence.Paragraph, t));
            if (covered.Sum(sentenceIndex.Idf) < MinCoverage * queryWeight)
            {
                continue;
            }

            var boost = 1.0;
            if (queryTerms.Count >= 2 && (ContainsPhrase(sentence.Terms, queryTerms)
                || VerbatimText.Normalize(sentence.Text).Contains(topicText, StringComparison.OrdinalIgnoreCase)))
            {
                boost += PhraseBoost;
            }
            boost += ProximityBoost * Proximity(sentence.Terms, query);
            var total = score * boost + ParagraphWeight * paragraphIndex.Score(sentence.Paragraph, query);
            results.Add(QuoteCandidate.WholeSentence(sentence, total));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Sentence.Index)
            .Where(r => seen.Add(VerbatimText.Normalize(r.Text)))
            .Take(count)
            .ToList();
    }

    private static bool ContainsPhrase(IReadOnlyList<string> terms, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= terms.Count; start++)
        {
            var match = true;
            for (var k = 0; k < phrase.Count && match; k++)
            {
                match = terms[start + k] == phrase[k];
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>1 when all matched topic terms are adjacent, falling towards 0 as they spread; 0 for fewer than two.</summary>
    private static double Proximity(IReadOnlyList<string> terms, IReadOnlyList<string> query)
    {
        var matched = query.Count(terms.Contains);
        if (matched < 2)
        {
            return 0;
        }

        // Smallest window of term positions that holds every matched query term.
        var need = query.Where(terms.Contains).ToHashSet(StringComparer.Ordinal);
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = int.MaxValue;
        var left = 0;
        for (var right = 0; right < terms.Count; right++)
        {
            if (need.Contains(terms[right]))
            {
                inWindow[terms[right]] = inWindow.GetValueOrDefault(terms[right]) + 1;
            }
            while (inWindow.Count == need.Count)
            {
                best = Math.Min(best, right - left + 1);
                if (need.Contains(terms[left]) && --inWindow[terms[left]] == 0)
                {
                    inWindow.Remove(terms[left]);
                }
                left++;
            }
        }
        return (matched - 1.0) / (best - 1.0);
    }
}
