using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>
/// <c>extract &lt;url|file|dir&gt;... [--jsonl|--json]</c>: the clean text and metadata of each page, in input order:
/// as text, one JSON object a line, or one JSON document (an object for one page, an array for several or a directory).
/// URLs are fetched concurrently (bounded); a failing input is reported and the run goes on. A short page is shown
/// as it is (no "too little text" rule); walls (consent, paywall, JavaScript shell, captcha) are still errors.
/// </summary>
internal sealed class ExtractCommand(IPageFetcher fetcher, ArticleReader reader, ReadDeadline deadline, TextWriter output)
{
    private const int ConcurrentFetches = 4;

    public static ExtractCommand Create(IServiceProvider services, TextWriter output) => new(
        services.GetRequiredService<IPageFetcher>(), services.GetRequiredService<ArticleReader>(),
        services.GetRequiredService<ReadDeadline>(), output);

    public async Task<int> RunAsync(CommandLine command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count == 0)
        {
            throw new ArgumentException("extract needs at least one URL, file or directory");
        }

        using var fetchSlots = new SemaphoreSlim(ConcurrentFetches);
        var jsonl = command.Has("jsonl");
        var json = command.Has("json");
        var inputs = Inputs(command.Arguments).ToList();
        var onePage = inputs.Count == 1 && !command.Arguments.Any(a => !ArticleInput.IsUrl(a) && Directory.Exists(a));
        var documents = new List<object>();
        // URL fetches start at once (bounded); files are read when their turn comes, so output keeps input order.
        var fetches = inputs.Select(input => ArticleInput.IsUrl(input.Path) ? FetchAsync(input, fetchSlots, cancellationToken) : null).ToList();

        var failures = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var extraction = await (fetches[i] ?? ReadFileAsync(inputs[i], cancellationToken));
            failures += extraction.Error is null ? 0 : 1;
            if (json)
                documents.Add(ToJson(extraction));
            else
                await output.WriteLineAsync(jsonl ? JsonSerializer.Serialize(ToJson(extraction), CliJson.Options) : ToText(extraction));
        }
        if (json)
            await output.WriteLineAsync(JsonSerializer.Serialize(onePage ? documents[0] : documents, CliJson.Options));
        return failures == 0 ? 0 : 1;
    }

    private async Task<Extraction> FetchAsync(Input input, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await deadline.RunAsync(input.Path, async token =>
            {
                var page = await fetcher.FetchAsync(input.Path, token);
                return Timed(input, () => reader.Read(page, allowThin: true, token));
            }, cancellationToken);
        }
        catch (ArticleException ex)
        {
            return Failed(input, ex);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<Extraction> ReadFileAsync(Input input, CancellationToken cancellationToken)
    {
        try
        {
            if (!File.Exists(input.Path))
            {
                return Failed(input, new ArticleException(ArticleErrorKind.FileNotFound, $"There is no file '{input.Path}'."));
            }
            return await deadline.RunAsync(input.Path, async token =>
            {
                var bytes = await File.ReadAllBytesAsync(input.Path, token);
                var page = ArticleReader.PageFromFile(input.Path, bytes);
                return Timed(input, () => reader.Read(page, allowThin: true, token));
            }, cancellationToken);
        }
        catch (ArticleException ex)
        {
            return Failed(input, ex);
        }
    }

    private static Extraction Timed(Input input, Func<Article> read)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var article = read();
            return new Extraction(input, article, clock.Elapsed.TotalMilliseconds, null);
        }
        catch (ArticleException ex)
        {
            return Failed(input, ex) with { Milliseconds = clock.Elapsed.TotalMilliseconds };
        }
    }

    /// <summary>Arguments expanded: a directory stands for every *.html/*.htm below it, id = relative path without extension.</summary>
    private static IEnumerable<Input> Inputs(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!ArticleInput.IsUrl(argument) && Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(argument, file);
                    yield return new Input(Path.ChangeExtension(relative, null).Replace('\\', '/'), file);
                }
            }
            else
            {
                yield return new Input(argument, argument);
            }
        }
    }

    private static object ToJson(Extraction extraction)
    {
        var (input, article) = (extraction.Input, extraction.Article);
        return article is null
            ? new { id = input.Id, path = input.Path, error = extraction.Error, kind = extraction.ErrorKind }
            : new
            {
                id = input.Id,
                path = input.Path,
                url = article.PreferredUrl,
                title = article.Title,
                byline = article.Byline,
                site = article.SiteName,
                published = article.Published?.ToString("O", CultureInfo.InvariantCulture),
                language = article.Language,
                text = article.Text,
                words = article.WordCount,
                ms = Math.Round(extraction.Milliseconds, 3),
            };
    }

    private static string ToText(Extraction extraction)
    {
        if (extraction.Article is not { } article)
        {
            return $"{extraction.Input.Path}: error: {extraction.Error}\n";
        }

        var text = new StringBuilder()
            .AppendLine(article.Title)
            .AppendLine(new string('=', Math.Min(article.Title.Length, 80)));
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) text.Append(name).Append(": ").AppendLine(value);
        }
        Field("url", article.PreferredUrl);
        Field("byline", article.Byline);
        Field("site", article.SiteName);
        Field("published", article.Published?.ToString("O", CultureInfo.InvariantCulture));
        Field("language", article.Language);
        Field("words", article.WordCount.ToString(CultureInfo.InvariantCulture));
        return TerminalText.Safe(text.AppendLine().AppendLine(article.Text).ToString());
    }

    private sealed record Input(string Id, string Path);

    private static Extraction Failed(Input input, ArticleException error) =>
        new(input, null, 0, error.Message) { ErrorKind = ArticleErrorCodes.Of(error) };

    private sealed record Extraction(Input Input, Article? Article, double Milliseconds, string? Error)
    {
        public string? ErrorKind { get; init; }
    }
}
