using Bot.Core.Chat;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Responding;

/// <summary>Creates the responder for one request.</summary>
internal sealed class SlackResponders(SlackApiClient api, ILogger<ThreadResponder> logger)
{
    public IChatResponder InThread(string channel, string threadTs) => new ThreadResponder(api, channel, threadTs, logger);

    public IChatResponder ViaResponseUrl(Uri responseUrl) => new ResponseUrlResponder(api, responseUrl);
}
