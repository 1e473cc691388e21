using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Articles.Reading;

internal static class TestDeadline
{
    public static ReadDeadline Default { get; } = Of(new FetchOptions().ReadTimeout);

    public static ReadDeadline Of(TimeSpan limit, TimeProvider? time = null) => new(
        Options.Create(new FetchOptions { ReadTimeout = limit }), time ?? TimeProvider.System, NullLogger<ReadDeadline>.Instance);
}
