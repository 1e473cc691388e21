using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Digests;
using Bot.Core.Llm;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Testing.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Bench;

/// <summary>
/// What a digest costs in LLM calls and tokens, measured at the loopback OpenAI-compatible server the tests use (its
/// <c>usage</c> counts o200k_base tokens as OpenAI does), through the same services the bot uses: a short corpus page
/// and a 10,000-word article at <c>Llm:ContextTokens</c> 8000. Exits 1 when a target is missed.
/// Usage: <c>llm-cost [corpus-dir] [--response-format auto|json-schema|none]</c>.
/// </summary>
public static class LlmCostBenchmark
{
    private const int ContextTokens = 8_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var formatAt = Array.IndexOf(args, "--response-format");
        var format = formatAt >= 0 && formatAt + 1 < args.Length ? args[formatAt + 1] : null;
        var corpus = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != format) ?? BenchPaths.Corpus();
        var english = SummaryCorpus.Load(corpus).Where(p => p.Article.Language?.StartsWith("en", StringComparison.Ordinal) == true).ToList();
        var shortPage = english.OrderBy(p => Math.Abs(p.Article.WordCount - 400)).ThenBy(p => p.Name, StringComparer.Ordinal).First();
        var longArticle = LongArticle(english, 10_000);

        await using var server = await FakeChatServer.StartAsync();
        server.Default = ChatReply.Answer(ArticleModel.Answer);
        var folder = Directory.CreateTempSubdirectory("bot-bench-llm-").FullName;
        try
        {
            using var meter = new LlmMeterTotals();
            using var host = BuildHost(server, Path.Combine(folder, "bot.db"), format);
            await host.StartAsync();
            var digests = host.Services.GetRequiredService<DigestService>();
            var chunker = new ArticleChunker(new TokenCounter());
            var budget = new LlmOptions { ContextTokens = ContextTokens }.ArticleTokenBudget;
            Console.WriteLine($"LLM cost per digest (Medium), fake OpenAI-compatible server on loopback, Llm:ContextTokens {ContextTokens}, " +
                $"Llm:ResponseFormat {format ?? "auto"}; calls and tokens as the server's usage reported them (the ArticleBot.Llm counters agree)");
            Console.WriteLine("article                 words  article-tok  calls  chunks  prompt-tok  completion-tok  target");
            var ok = true;
            foreach (var (name, article) in new[] { ($"short ({shortPage.Name})", shortPage.Article), ("10,000 words", longArticle) })
            {
                var before = server.Requests.Count;
                var counted = meter.Read();
                await digests.SummarizeAsync(new ArticleLookup(article, false), new SummaryRequest(SummaryLength.Medium), CancellationToken.None);
                var requests = server.Requests.Skip(before).ToList();
                var articleTokens = chunker.Count(article.Paragraphs);
                var chunks = articleTokens <= budget ? 1 : chunker.Split(article.Paragraphs, budget).Count;
                var prompt = requests.Sum(r => r.PromptTokens);
                var completion = requests.Sum(r => r.CompletionTokens);
                var (calls, promptLimit) = chunks == 1
                    ? (1, articleTokens * 1.1 + 600)
                    : (chunks + 1, articleTokens * 1.2 + 1_500);
                var now = meter.Read();
                var metered = (now.Calls - counted.Calls, now.Prompt - counted.Prompt, now.Completion - counted.Completion);
                if (metered != (requests.Count, prompt, completion))
                {
                    Console.Error.WriteLine($"the ArticleBot.Llm counters disagree with the server: {metered}");
                    ok = false;
                }
                var met = requests.Count <= calls && prompt <= promptLimit;
                ok &= met;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-22} {article.WordCount,6} {articleTokens,12} {requests.Count,6} {chunks,7} {prompt,11} {completion,15}  " +
                    $"{(met ? "met" : "MISSED")} (<= {calls} calls, <= {promptLimit:0} prompt tokens)"));
            }
            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>English corpus paragraphs, page after page, up to the word count: one long article.</summary>
    private static Article LongArticle(IEnumerable<SummaryPage> pages, int words)
    {
        var paragraphs = new List<string>();
        var count = 0;
        foreach (var paragraph in pages.SelectMany(p => p.Article.Paragraphs).Where(p => p.Length >= 40))
        {
            paragraphs.Add(paragraph);
            count += WordCounter.Count(paragraph);
            if (count >= words)
            {
                return new Article("https://corpus.example/long", "A long read", paragraphs) { Language = "en" };
            }
        }
        throw new InvalidOperationException($"the corpus holds only {count} words of English paragraphs");
    }

    private static IHost BuildHost(FakeChatServer server, string databasePath, string? responseFormat)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:DatabasePath"] = databasePath;
        builder.Configuration["Llm:Provider"] = "openai-compatible";
        builder.Configuration["Llm:Endpoint"] = new Uri(server.BaseUri, "v1").ToString();
        builder.Configuration["Llm:Model"] = "bench-model";
        builder.Configuration["Llm:ContextTokens"] = ContextTokens.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["Llm:PromptsPath"] = Path.Combine(BenchPaths.Root(), "config", "prompts");
        if (responseFormat is not null)
        {
            builder.Configuration["Llm:ResponseFormat"] = responseFormat;
        }
        builder.Logging.ClearProviders();
        builder.AddSqliteStorage();
        builder.AddArticleReading();
        builder.Services.AddOfflineSummaries();
        builder.AddLlmSummaries();
        builder.AddChatCore();
        builder.Services.AddSingleton(new BotDescription(["bench"], new Dictionary<string, string>()));
        return builder.Build();
    }
}
