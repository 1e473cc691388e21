using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Core.Summaries.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Bench;

/// <summary>The bot's core services (SQLite storage, article reading, offline summaries, chat) in a silent host.</summary>
internal static class BenchHost
{
    public static IHost Build(string databasePath, bool allowPrivateNetworks = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:DatabasePath"] = databasePath;
        if (allowPrivateNetworks)
        {
            builder.Configuration["Fetch:AllowPrivateNetworks"] = "true";
        }
        builder.Logging.ClearProviders();
        builder.AddSqliteStorage();
        builder.AddArticleReading();
        builder.Services.AddOfflineSummaries();
        builder.AddChatCore();
        builder.Services.AddSingleton(new BotDescription(["bench"], new Dictionary<string, string>()));
        return builder.Build();
    }
}
