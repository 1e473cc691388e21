using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Llm;
using Bot.Core.Storage;
using Bot.Core.Summaries.Offline;
using Bot.Redis;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

internal static class BotServices
{
    /// <summary>Everything but the chat adapters: storage, the article pipeline, summaries and quotes, the router.</summary>
    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration[$"{StorageOptions.Section}:Provider"] == StorageOptions.Redis)
        {
            builder.AddRedisStorage();
        }
        else
        {
            // Also the place where a wrong Storage:Provider is reported, by the options validation.
            builder.AddSqliteStorage();
        }
        builder.AddArticleReading();
        builder.Services.AddOfflineSummaries();
        builder.AddLlmSummaries();
        builder.AddChatCore();
        return builder;
    }
}
