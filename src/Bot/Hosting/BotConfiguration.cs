using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>
/// Where configuration comes from, weakest first: the defaults shipped beside the program, <c>config/appsettings.json</c>
/// and <c>config/appsettings.{Environment}.json</c> in the working directory, user secrets (Development),
/// environment variables (<c>Discord__Token</c>), then the command line.
/// </summary>
internal static class BotConfiguration
{
    public static void AddConfigFiles(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment.EnvironmentName;
        var folders = new[] { Path.Combine(AppContext.BaseDirectory, "config"), Path.Combine(Directory.GetCurrentDirectory(), "config") }
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        // Inserted below the host's own sources so environment variables and the command line still win.
        var position = 0;
        foreach (var folder in folders)
        {
            foreach (var file in new[] { "appsettings.json", $"appsettings.{environment}.json" })
            {
                var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
                {
                    Path = Path.Combine(folder, file),
                    Optional = true,
                    ReloadOnChange = false,
                };
                source.ResolveFileProvider();
                builder.Configuration.Sources.Insert(position++, source);
            }
        }
    }
}
