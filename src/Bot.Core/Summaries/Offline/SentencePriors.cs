namespace Bot.Core.Summaries.Offline;

/// <summary>
/// What news writing tells about a sentence before its content is weighed: the first real sentence (the lead)
/// usually carries the gist when it speaks of the headline's subject; importance decays paragraph by paragraph;
/// a paragraph's opening sentence says more than its follow-ups; and sentences sharing words with the title and
/// the lead stay on topic.
/// </summary>
/// <param name="Position">Per ranked sentence, in (0, 1]: decays with the paragraph's rank among paragraphs with a candidate.</param>
/// <param name="Topicality">Per ranked sentence, in [0, 1]: TF-IDF cosine with the title, and with the lead when it is news-like.</param>
/// <param name="Lead">Slot of the news-like lead sentence, or -1 when the article does not open with one.</param>
public sealed record SentencePriors(double[] Position, double[] Topicality, int Lead)
{
    private const double ParagraphDecay = 0.5;
    private const double FollowUpSentence = 0.8;

    public static SentencePriors Compute(
        IReadOnlyList<ArticleSentence> ranked, TermVector[] vectors, TermVector title, Func<ArticleSentence, bool> isCandidate)
    {
        var n = ranked.Count;
        var position = new double[n];
        var candidateParagraphs = 0;
        var lastCandidateParagraph = -1;
        var lead = -1;
        for (var i = 0; i < n; i++)
        {
            var sentence = ranked[i];
            var candidate = isCandidate(sentence);
            if (candidate && sentence.Paragraph != lastCandidateParagraph)
            {
                lastCandidateParagraph = sentence.Paragraph;
                candidateParagraphs++;
            }
            if (candidate && lead < 0)
            {
                lead = i;
            }

            var paragraphRank = Math.Max(0, candidateParagraphs - 1);
            var opensParagraph = i == 0 || ranked[i - 1].Paragraph != sentence.Paragraph;
            position[i] = (opensParagraph ? 1 : FollowUpSentence) / (1 + ParagraphDecay * paragraphRank);
        }

        // A feature-style opening ("It was a grey morning…") shares nothing with the headline: no lead prior then.
        var newsLike = lead >= 0 && (title.IsEmpty || title.Cosine(vectors[lead]) > 0);
        var topicality = new double[n];
        for (var i = 0; i < n; i++)
        {
            topicality[i] = newsLike && i != lead
                ? (title.Cosine(vectors[i]) + vectors[lead].Cosine(vectors[i])) / 2
                : title.Cosine(vectors[i]);
        }
        return new SentencePriors(position, topicality, newsLike ? lead : -1);
    }
}
