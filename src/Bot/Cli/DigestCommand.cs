using System.Globalization;
using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Digests;
using Bot.Core.Summaries;
using Bot.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>
/// <c>summarize &lt;url|file&gt; [--length] [--language] [--json]</c> and
/// <c>quotes &lt;url|file&gt; [--topic] [--count] [--json]</c>: the same digests the chat adapters send.
/// </summary>
internal sealed class DigestCommand(IArticleSource source, ArticleReader reader, DigestService digests, TextWriter output)
{
    public static DigestCommand Create(IServiceProvider services, TextWriter output) => new(
        services.GetRequiredService<IArticleSource>(),
        services.GetRequiredService<ArticleReader>(),
        services.GetRequiredService<DigestService>(),
        output);

    public async Task<int> RunAsync(CommandLine command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count != 1)
        {
            throw new ArgumentException($"{command.Verb} needs exactly one URL or file");
        }

        var lookup = await ArticleInput.ReadAsync(command.Arguments[0], source, reader, cancellationToken);
        var digest = command.Verb == "quotes"
            ? await digests.QuotesAsync(lookup, command.Get("topic"), Count(command), cancellationToken)
            : await digests.SummarizeAsync(lookup, SummaryRequestOf(command), cancellationToken);

        await output.WriteLineAsync(command.Has("json") ? JsonSerializer.Serialize(ToJson(digest), CliJson.Options) : ReplyText.Render(digest));
        return 0;
    }

    private static SummaryRequest SummaryRequestOf(CommandLine command)
    {
        var length = SummaryLength.Medium;
        if (command.Get("length") is { } value && !SummaryLengthExtensions.TryParse(value, out length))
        {
            throw new ArgumentException($"--length must be short, medium or long, not '{value}'");
        }
        return new SummaryRequest(length, command.Get("language"));
    }

    private static int Count(CommandLine command)
    {
        var value = command.Get("count");
        if (value is null)
        {
            return 3;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 25
            ? count
            : throw new ArgumentException($"--count must be a number from 1 to 25, not '{value}'");
    }

    private static object ToJson(ArticleDigest digest) => new
    {
        title = digest.Title,
        url = digest.Url,
        site = digest.Site,
        byline = digest.Byline,
        published = digest.Published?.ToString("O", CultureInfo.InvariantCulture),
        readingMinutes = digest.ReadingMinutes,
        image = digest.Image,
        summary = digest.Summary,
        topic = digest.Topic,
        quotes = digest.Quotes.Select(q => new { text = q.Text, paragraph = q.Paragraph, link = q.Link }),
        notices = digest.Notices,
        summarizer = digest.Summarizer,
        cached = digest.Cached,
    };
}
