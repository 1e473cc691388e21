using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Llm;
using Bot.Core.Storage;
using Bot.Core.Summaries.Offline;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

internal static class BotServices
{
    /// <summary>Everything but the chat adapters: storage, the article pipeline, summaries and quotes, the router.</summary>
    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        builder.AddSqliteStorage();
        builder.AddArticleReading();
        builder.Services.AddOfflineSummaries();
        builder.AddLlmSummaries();
        builder.AddChatCore();
        return builder;
    }
}
