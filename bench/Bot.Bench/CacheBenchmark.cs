using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Digests;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Bench;

/// <summary>
/// Times what a repeated link costs: the article from the SQLite cache by its URL, the cached summary, and the key
/// quotes, through the same services the bot uses, on a real database file. Usage: <c>cache [--rounds N]</c>.
/// </summary>
public static class CacheBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt >= 0 && roundsAt + 1 < args.Length ? int.Parse(args[roundsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var folder = Directory.CreateTempSubdirectory("bot-bench-cache-").FullName;
        try
        {
            using var host = BenchHost.Build(Path.Combine(folder, "bot.db"));
            await host.StartAsync();
            var services = host.Services;
            var source = services.GetRequiredService<IArticleSource>();
            var digests = services.GetRequiredService<DigestService>();

            var url = new Uri("https://news.example.org/2026/11/cache-benchmark");
            await services.GetRequiredService<IArticleCache>().PutAsync(url.AbsoluteUri, SampleArticle(url), CancellationToken.None);
            var request = new SummaryRequest(SummaryLength.Medium);
            await digests.SummarizeAsync(await source.GetAsync(url, CancellationToken.None), request, CancellationToken.None);

            var lookups = new List<double>(rounds);
            var digestsMs = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                var lookup = await source.GetAsync(url, CancellationToken.None);
                lookups.Add(clock.Elapsed.TotalMilliseconds);
                var digest = await digests.SummarizeAsync(lookup, request, CancellationToken.None);
                digestsMs.Add(clock.Elapsed.TotalMilliseconds);
                if (!digest.Cached)
                {
                    throw new InvalidOperationException("the repeated link was not served from the cache");
                }
            }

            Console.WriteLine($"repeated URL, {rounds} rounds, article of {SampleArticle(url).WordCount} words");
            Console.WriteLine(Timings.Of(lookups, 0).Line("article hit"));
            Console.WriteLine(Timings.Of(digestsMs, 0).Line("full digest"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>About 1,500 words of varied sentences, so summary and quotes do real work.</summary>
    private static Article SampleArticle(Uri url)
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i =>
            $"In the {i + 1}th part of the inquiry, the council said that harbour number {i} had flooded {i % 7 + 2} times since 2010. " +
            $"\"We cannot keep rebuilding the same wall,\" said engineer Anna Berg{i}, who has studied the coast for {i + 5} years. " +
            $"Residents of district {i} asked for dunes, salt marshes and movable barriers instead of concrete. " +
            $"The plan would cost {i * 3 + 10} million euros and take {i % 5 + 3} years to complete, according to the report. " +
            "Critics warned that fishermen and homeowners had not been consulted before the drawings were made public.").ToList();
        return new Article(url.AbsoluteUri, "Coastal towns rethink flood defences", paragraphs) { SiteName = "Bench Gazette" };
    }
}
