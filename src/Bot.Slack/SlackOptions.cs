using System.ComponentModel.DataAnnotations;

namespace Bot.Slack;

/// <summary>Slack adapter settings, section "Slack". Tokens are validated by prefix and never logged.</summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string Section = "Slack";

    /// <summary>App-level token (xapp-…) with connections:write; used only for apps.connections.open.</summary>
    [Required(ErrorMessage = "Slack:AppToken is required.")]
    [RegularExpression("^xapp-.+", ErrorMessage = "Slack:AppToken must be an app-level token starting with xapp-.")]
    public string AppToken { get; set; } = "";

    /// <summary>Bot token (xoxb-…) for every other Web API call.</summary>
    [Required(ErrorMessage = "Slack:BotToken is required.")]
    [RegularExpression("^xoxb-.+", ErrorMessage = "Slack:BotToken must be a bot token starting with xoxb-.")]
    public string BotToken { get; set; } = "";

    /// <summary>Web API base; tests and proxies point it elsewhere.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Channel ids where a bare link gets a summary, or "*" for every channel. An entry may hold several
    /// comma-separated ids, which is handy in an environment variable.</summary>
    public List<string> AutoSummarizeChannels { get; set; } = [];

    /// <summary>Socket Mode connections kept open; two let a refresh happen without a gap.</summary>
    [Range(1, 10, ErrorMessage = "Slack:Connections must be between 1 and 10.")]
    public int Connections { get; set; } = 2;

    public bool AutoSummarizes(string channelId)
    {
        foreach (var entry in AutoSummarizeChannels.SelectMany(e => e.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)))
        {
            if (entry == "*" || string.Equals(entry, channelId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ApiBaseUrl.IsAbsoluteUri || (ApiBaseUrl.Scheme != Uri.UriSchemeHttps && ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Slack:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }
    }
}
