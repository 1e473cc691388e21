using System.Collections.Concurrent;
using Bot.Core.Coordination;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests.RateLimits;

public sealed class RestRateLimiterTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly RateLimitInfo Spent = new(5, 0, TimeSpan.FromSeconds(1), "bucket-1", false, null, null);

    [Fact]
    public async Task Interaction_routes_keep_their_buckets_and_tokens_in_the_process()
    {
        var shared = new RecordedSharedLimits();
        var limiter = Limiter(shared);

        using (var turn = await limiter.EnterAsync(DiscordRoute.InteractionCallback("1300", "secret-interaction-token"), None))
        {
            await limiter.RecordAsync(turn, Spent, None);
            await limiter.RecordLimitedAsync(turn, TimeSpan.FromMilliseconds(1), global: false, None);
        }
        using (var turn = await limiter.EnterAsync(DiscordRoute.CreateFollowup("2200", "secret-interaction-token"), None))
            await limiter.RecordAsync(turn, Spent, None);

        Assert.Empty(shared.Calls);
    }

    [Fact]
    public async Task Bot_token_routes_share_their_bucket_the_global_budget_and_what_responses_said()
    {
        var shared = new RecordedSharedLimits();
        var limiter = Limiter(shared);

        using (var turn = await limiter.EnterAsync(DiscordRoute.CreateMessage("42"), None))
        {
            await limiter.RecordAsync(turn, Spent, None);
            await limiter.RecordLimitedAsync(turn, TimeSpan.FromSeconds(2), global: true, None);
        }

        Assert.Equal(
            [
                "find POST channels/{channel_id}/messages",
                "wait-bucket POST channels/{channel_id}/messages:42",
                "wait-global 50",
                "remember POST channels/{channel_id}/messages=bucket-1",
                "update bucket-1:42 0 00:00:01",
                "pause 00:00:02",
            ],
            shared.Calls);
    }

    private static RestRateLimiter Limiter(ISharedRestRateLimits shared) =>
        new(new RateLimitBuckets(TimeProvider.System), new GlobalRateLimit(50, TimeProvider.System), Options.Create(new DiscordOptions()), shared);

    /// <summary>Records what the limiter asks of the shared store; grants every request at once.</summary>
    private sealed class RecordedSharedLimits : ISharedRestRateLimits
    {
        private readonly ConcurrentQueue<string> _calls = new();

        public IReadOnlyList<string> Calls => [.. _calls];

        public Task WaitGlobalAsync(int requestsPerSecond, CancellationToken cancellationToken) => Record($"wait-global {requestsPerSecond}");

        public Task PauseGlobalAsync(TimeSpan retryAfter, CancellationToken cancellationToken) => Record($"pause {retryAfter}");

        public Task WaitBucketAsync(string bucket, CancellationToken cancellationToken) => Record($"wait-bucket {bucket}");

        public Task UpdateBucketAsync(string bucket, int remaining, TimeSpan resetAfter, CancellationToken cancellationToken) =>
            Record($"update {bucket} {remaining} {resetAfter}");

        public async Task<string?> FindBucketIdAsync(string route, CancellationToken cancellationToken)
        {
            await Record($"find {route}");
            return null;
        }

        public Task RememberBucketIdAsync(string route, string bucketId, CancellationToken cancellationToken) =>
            Record($"remember {route}={bucketId}");

        private Task Record(string call)
        {
            _calls.Enqueue(call);
            return Task.CompletedTask;
        }
    }
}
