using System.ComponentModel.DataAnnotations;
using Bot.Core.Llm;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Llm;

public sealed class LlmOptionsTests
{
    [Theory]
    [InlineData("openai-compatible", null, "Llm:Endpoint is required when Llm:Provider is openai-compatible")]
    [InlineData("openai", "https://api.example.com/v1", "Llm:ApiKey (or Llm:ApiKeyFile) is required when Llm:Provider is openai")]
    [InlineData("azure-openai", "https://x.openai.azure.com", "Llm:Deployment is required when Llm:Provider is azure-openai")]
    [InlineData("claude", null, "Llm:Provider 'claude' is unknown")]
    public void Missing_or_wrong_keys_are_named(string provider, string? endpoint, string message)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint, Model = "m", PromptsPath = RepoPaths.Prompts };

        var errors = Validate(options);

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_response_format_is_named()
    {
        var options = new LlmOptions
        {
            Provider = "openai-compatible", Endpoint = "http://localhost:11434/v1", Model = "m", PromptsPath = RepoPaths.Prompts,
            ResponseFormat = "json-object",
        };

        Assert.Contains(Validate(options), e => e.Contains("Llm:ResponseFormat 'json-object' is unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsupported_azure_api_version_and_a_missing_prompt_directory_are_named()
    {
        var options = new LlmOptions
        {
            Provider = "azure-openai", Endpoint = "https://x.openai.azure.com", Deployment = "d", ApiKey = "k",
            ApiVersion = "1999-01-01", PromptsPath = "nowhere/prompts",
        };

        var errors = Validate(options);

        Assert.Contains(errors, e => e.Contains("Llm:ApiVersion '1999-01-01'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Llm:PromptsPath 'nowhere/prompts'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_configuration_and_the_default_none_are_valid()
    {
        Assert.Empty(Validate(new LlmOptions()));
        Assert.Empty(Validate(new LlmOptions { Provider = "openai", Model = "gpt-4o-mini", ApiKey = "k", PromptsPath = RepoPaths.Prompts }));
    }

    [Fact]
    public void The_api_key_can_come_from_a_file()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "sk-from-file\n");
        try
        {
            var options = new LlmOptions { Provider = "openai", Model = "m", ApiKeyFile = file, PromptsPath = RepoPaths.Prompts };
            Assert.Empty(Validate(options));
            Assert.Equal("sk-from-file", options.ResolveApiKey());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_bad_key_stops_the_host_at_start_with_its_name()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:Provider"] = "openai-compatible", ["Llm:Model"] = "m" });
        builder.Services.AddSingleton<ISummarizer>(new FakeOfflineSummarizer());
        builder.Services.AddSingleton<IQuoteFinder>(new FakeOfflineQuoteFinder());
        builder.AddLlmSummaries();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Llm:Endpoint is required", error.Message);
    }

    [Fact]
    public void With_provider_none_the_offline_services_stay_the_defaults()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var offline = new FakeOfflineSummarizer();
        builder.Services.AddSingleton<ISummarizer>(offline);
        builder.AddLlmSummaries();
        using var host = builder.Build();

        Assert.Same(offline, host.Services.GetRequiredService<ISummarizer>());
    }

    [Fact]
    public void With_a_provider_the_llm_services_replace_the_offline_ones_which_stay_as_keyed_fallbacks()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai", ["Llm:Model"] = "gpt-4o-mini", ["Llm:ApiKey"] = "k", ["Llm:PromptsPath"] = RepoPaths.Prompts,
        });
        var offline = new FakeOfflineSummarizer();
        builder.Services.AddSingleton<ISummarizer>(offline);
        builder.Services.AddSingleton<IQuoteFinder>(new FakeOfflineQuoteFinder());
        builder.AddLlmSummaries();
        using var host = builder.Build();

        Assert.IsType<LlmSummarizer>(host.Services.GetRequiredService<ISummarizer>());
        Assert.IsType<LlmQuoteFinder>(host.Services.GetRequiredService<IQuoteFinder>());
        Assert.Same(offline, host.Services.GetRequiredKeyedService<ISummarizer>(FallbackRegistration.ServiceKey));
        Assert.Equal("openai:gpt-4o-mini", host.Services.GetRequiredService<ISummarizer>().Id);
    }

    private static List<string> Validate(LlmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
