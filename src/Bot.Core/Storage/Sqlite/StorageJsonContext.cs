using System.Text.Json.Serialization;
using Bot.Core.Articles;
using Bot.Core.Summaries;

namespace Bot.Core.Storage.Sqlite;

/// <summary>How cached records are stored. Derived, get-only properties (<c>Article.Text</c>, <c>WordCount</c>, ...)
/// are left out; every constructor parameter and init property round-trips, including ones added later.</summary>
[JsonSourceGenerationOptions(
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Summary))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
