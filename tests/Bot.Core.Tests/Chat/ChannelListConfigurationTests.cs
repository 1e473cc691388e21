using Bot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Chat;

public sealed class ChannelListConfigurationTests
{
    public sealed class SampleOptions
    {
        public List<string> Channels { get; set; } = [];
    }

    [Theory]
    [InlineData("C1,C2", new[] { "C1", "C2" })]
    [InlineData(" C1 ; C2 ", new[] { "C1", "C2" })]
    [InlineData("*", new[] { "*" })]
    public void One_comma_separated_value_becomes_the_list(string written, string[] expected) =>
        Assert.Equal(expected, Bind(new() { ["Sample:Channels"] = written }));

    [Fact]
    public void A_real_list_is_taken_as_it_is() =>
        Assert.Equal(["C1", "C2"], Bind(new() { ["Sample:Channels:0"] = "C1", ["Sample:Channels:1"] = "C2" }));

    [Fact]
    public void Nothing_written_is_an_empty_list() => Assert.Empty(Bind([]));

    private static List<string> Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<SampleOptions>().BindConfiguration("Sample").BindChannelList("Sample:Channels", o => o.Channels);
        return services.BuildServiceProvider().GetRequiredService<IOptions<SampleOptions>>().Value.Channels;
    }
}
