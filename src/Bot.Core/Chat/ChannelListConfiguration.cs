using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat;

public static class ChannelListConfiguration
{
    /// <summary>
    /// Lets a list of channel ids also be written as one comma-separated value (<c>Slack__AutoSummarizeChannels=C1,C2</c>
    /// in an environment variable), which the configuration binder alone leaves empty.
    /// </summary>
    public static OptionsBuilder<T> BindChannelList<T>(this OptionsBuilder<T> options, string key, Func<T, List<string>> list)
        where T : class =>
        options.Configure<IConfiguration>((value, configuration) =>
        {
            var target = list(value);
            if (target.Count == 0 && configuration[key] is { } written)
            {
                target.AddRange(written.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        });
}
