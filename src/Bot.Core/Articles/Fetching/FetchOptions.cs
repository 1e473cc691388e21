using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Articles.Fetching;

/// <summary>Limits and network rules for fetching linked pages (configuration section <c>Fetch</c>).</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>The media types read when <see cref="AllowedMediaTypes"/> is left empty.</summary>
    public static readonly IReadOnlyList<string> DefaultMediaTypes =
        ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"];

    /// <summary>Lets the fetcher reach loopback, private and other non-public addresses. For tests only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Host names (exact, or <c>.suffix</c> for a domain and its subdomains), addresses or CIDR ranges
    /// exempt from the private-address rule. Each redirect hop is checked on its own host.</summary>
    public List<string> AllowHosts { get; set; } = [];

    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Total time for one fetch: every attempt, redirect and the body read.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Total time for reading one page: the fetch, decoding, parsing and extracting the article. Past it the
    /// reader stops (also mid-parse) and answers "that page took too long to read".</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time for one attempt to get response headers before it is retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay of the jittered exponential back-off between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest a server's <c>Retry-After</c> is honoured; longer asks are shortened to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } =
        "ArticleBot/0.1 (+https://github.com/article-bot/article-bot; reads links posted in chat)";

    /// <summary>Media types accepted; empty means <see cref="DefaultMediaTypes"/>. (A configured list replaces
    /// the defaults; a non-empty default would be appended to by the configuration binder.)</summary>
    public List<string> AllowedMediaTypes { get; set; } = [];

    internal IReadOnlyList<string> EffectiveMediaTypes =>
        AllowedMediaTypes.Count == 0 ? DefaultMediaTypes : AllowedMediaTypes;
}
