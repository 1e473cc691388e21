using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Core.Tests.Llm.Fakes;
using Bot.Testing;
using Bot.Testing.Llm;

namespace Bot.Core.Tests.Llm;

public sealed class AzureOpenAITests
{
    [Fact]
    public async Task The_deployment_url_api_version_and_api_key_header_reach_the_server()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(ChatReply.Ok("""{"bullets": ["Azure answered."], "quotes": []}"""));
        await using var host = await LlmHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure-openai",
            ["Llm:Endpoint"] = server.BaseUri.ToString(),
            ["Llm:Deployment"] = "summaries-gpt4o",
            ["Llm:ApiVersion"] = "2024-10-21",
            ["Llm:ApiKey"] = LlmHost.ApiKey,
            ["Llm:PromptsPath"] = RepoPaths.Prompts,
        });
        var article = new Article("https://example.com/az", "Azure", ["One paragraph about clouds."]);

        var summary = await host.Summarizer.SummarizeAsync(article, new SummaryRequest(), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/summaries-gpt4o/chat/completions", request.Path);
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal(LlmHost.ApiKey, request.ApiKeyHeader);
        Assert.Null(request.Authorization);
        Assert.Equal("json_schema", request.ResponseFormat);
        Assert.Equal(["Azure answered."], summary.Bullets);
        Assert.Equal("azure-openai:summaries-gpt4o", summary.SummarizerId);
    }
}
