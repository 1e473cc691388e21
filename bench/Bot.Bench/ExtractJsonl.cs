using System.Diagnostics;
using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;

namespace Bot.Bench;

/// <summary>
/// <c>score-jsonl &lt;dir&gt; &lt;out.jsonl&gt; [--min-words N]</c>: extracts every page and writes one JSON line per page (id, title,
/// text, ms, error) for <c>extract-score.py</c>. Like the <c>extract</c> command, short extracts are kept; with
/// <c>--min-words N</c> an extract of fewer words counts as empty, as in the chat pipeline.
/// </summary>
internal static class ExtractJsonl
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: score-jsonl <dir> <out.jsonl> [--min-words N]");
            return 2;
        }
        var at = Array.IndexOf(args, "--min-words");
        var minimumWords = at >= 0 ? int.Parse(args[at + 1]) : 0;
        var extractor = new ArticleExtractor();
        using var output = new StreamWriter(args[1]);
        foreach (var (id, path) in CorpusPages.Find(args[0]))
        {
            var html = CorpusPages.Read(path);
            var watch = Stopwatch.StartNew();
            object line;
            try
            {
                var article = ReadableArticleCheck.EnsureReadable(extractor.Extract(html, CorpusPages.UrlOf(id)), minimumWords);
                line = new { id, title = article.Title, byline = article.Byline, text = article.Text, ms = watch.Elapsed.TotalMilliseconds };
            }
            catch (ArticleException e)
            {
                line = new { id, text = "", error = e.Message, ms = watch.Elapsed.TotalMilliseconds };
            }
            output.WriteLine(JsonSerializer.Serialize(line));
        }
        return 0;
    }
}
