using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// Fetches pages through the guarded client: follows redirects itself (each hop's host checked before any byte
/// is sent, loops refused), bounds the whole fetch by <see cref="FetchOptions.Timeout"/>, checks the media type
/// and reads at most <see cref="FetchOptions.MaxBytes"/> of decoded body.
/// </summary>
public sealed class SafePageFetcher(
    HttpClient client,
    NetworkAddressPolicy policy,
    IOptions<FetchOptions> options,
    TimeProvider time,
    ILogger<SafePageFetcher> logger) : IPageFetcher
{
    public const string ClientName = "ArticleFetch";

    private const string Accept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.1";

    private readonly FetchOptions _options = options.Value;

    public async Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        Uri start;
        try
        {
            start = FetchUrl.Parse(url);
        }
        catch (ArticleException ex)
        {
            logger.LogInformation("Refused to fetch an invalid link: {Kind}", ex.Kind);
            throw;
        }

        using var deadline = new CancellationTokenSource(_options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var page = await FollowRedirectsAsync(start, linked.Token).ConfigureAwait(false);
            logger.LogDebug("Fetched {Url} ({MediaType}, {Bytes} bytes)", page.Url, page.MediaType, page.Body.Length);
            return page;
        }
        catch (ArticleException ex)
        {
            throw Logged(start, ex);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Logged(start, FetchErrors.Timeout(_options.Timeout, ex));
        }
        catch (TimeoutRejectedException ex)
        {
            throw Logged(start, FetchErrors.Timeout(_options.Timeout, ex));
        }
        catch (HttpRequestException ex)
        {
            throw Logged(start, Translate(ex));
        }
    }

    private async Task<FetchedPage> FollowRedirectsAsync(Uri start, CancellationToken cancellationToken)
    {
        var current = start;
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
        for (var hop = 0; ; hop++)
        {
            if (policy.CheckHost(current) is { } reason)
            {
                throw FetchErrors.Blocked(new BlockedAddressException(current.Host, reason));
            }
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", Accept);
            using var response = await client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);

            if (!IsRedirect(response.StatusCode))
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw FetchErrors.Status(response.StatusCode);
                }
                return await ReadPageAsync(current, response, cancellationToken).ConfigureAwait(false);
            }

            var location = response.Headers.Location ?? throw FetchErrors.Status(response.StatusCode);
            var next = FetchUrl.Normalise(location.IsAbsoluteUri ? location : new Uri(current, location))
                ?? throw FetchErrors.RedirectToInvalidUrl();
            if (hop >= _options.MaxRedirects)
            {
                throw FetchErrors.TooManyRedirects(_options.MaxRedirects);
            }
            if (!visited.Add(next.AbsoluteUri))
            {
                throw FetchErrors.RedirectLoop();
            }
            logger.LogDebug("{Url} redirects to {Next}", current, next);
            current = next;
        }
    }

    private async Task<FetchedPage> ReadPageAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        if (mediaType is not null && !IsAllowed(mediaType))
        {
            throw FetchErrors.Unsupported(mediaType);
        }
        var body = await LimitedBodyReader.ReadAsync(response.Content, _options.MaxBytes, cancellationToken).ConfigureAwait(false);
        mediaType ??= MediaTypes.Sniff(body);
        if (mediaType is null || !IsAllowed(mediaType))
        {
            throw FetchErrors.Unsupported(mediaType);
        }
        var charset = contentType?.CharSet?.Trim('"', '\'', ' ');
        return new FetchedPage(url, mediaType, string.IsNullOrEmpty(charset) ? null : charset, body);
    }

    private bool IsAllowed(string mediaType) =>
        _options.EffectiveMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static ArticleException Translate(HttpRequestException ex)
    {
        if (FetchResilience.FindBlocked(ex) is not null)
        {
            return FetchErrors.Blocked(ex);
        }
        return ex.HttpRequestError == HttpRequestError.NameResolutionError
            ? FetchErrors.DnsFailure(ex)
            : FetchErrors.ConnectionFailed(ex);
    }

    /// <summary>A failed fetch is the link's fault (or its site's), not the bot's: nothing for an operator to act on,
    /// so it is logged at Information, with the cause and no stack trace.</summary>
    private ArticleException Logged(Uri url, ArticleException ex)
    {
        var cause = FetchResilience.FindBlocked(ex)?.Reason ?? ex.InnerException?.GetBaseException().Message;
        logger.LogInformation("Fetch of {Url} failed: {Code} {StatusCode} {Cause}", url, ArticleErrorCodes.Of(ex), ex.StatusCode, cause);
        return ex;
    }
}
