using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Storage.Sqlite;
using Bot.Core.Summaries;

namespace Bot.Core.Storage;

/// <summary>How every store writes cached articles and summaries (JSON), so each reads what another wrote.</summary>
public static class StoredRecords
{
    public static string Write(Article article) => JsonSerializer.Serialize(article, StorageJsonContext.Default.Article);

    public static string Write(Summary summary) => JsonSerializer.Serialize(summary, StorageJsonContext.Default.Summary);

    /// <exception cref="JsonException">The text is not a stored article.</exception>
    public static Article? ReadArticle(string json) => JsonSerializer.Deserialize(json, StorageJsonContext.Default.Article);

    /// <exception cref="JsonException">The text is not a stored summary.</exception>
    public static Summary? ReadSummary(string json) => JsonSerializer.Deserialize(json, StorageJsonContext.Default.Summary);
}
