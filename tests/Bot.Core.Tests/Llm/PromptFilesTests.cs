using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Llm;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace Bot.Core.Tests.Llm;

public sealed class PromptFilesTests
{
    private static readonly Article Article = new("https://example.com/a", "Title", ["First paragraph.", "Second one."]);
    private static readonly SummaryRequest Request = new(SummaryLength.Medium, "de");

    /// <summary>What the code passes to each prompt, built by the same methods the summarizer and quote finder use.</summary>
    public static TheoryData<string> Prompts => new(PromptName.All.Select(p => p.ToString()));

    private static KernelArguments Passed(PromptName prompt)
    {
        var pieces = Article.Paragraphs.Select((p, i) => new ArticlePiece(i, p)).ToList();
        return prompt.Function switch
        {
            "digest" => PromptArguments.Digest(Article, pieces, (1, 2), Request),
            "combine" => PromptArguments.Combine(Article, ["a note"], [new Quote("Second one.", 1)], Request),
            "repair" => PromptArguments.Repair("not json", "it is not a JSON object"),
            "key_quotes" => PromptArguments.KeyQuotes(Article, pieces, 3, ["seen"]),
            "topic_quotes" => PromptArguments.TopicQuotes(Article, pieces, "topic", 3),
            _ => throw new ArgumentOutOfRangeException(nameof(prompt)),
        };
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Every_prompt_declares_and_uses_exactly_the_variables_the_code_passes(string name)
    {
        var prompt = PromptName.All.Single(p => p.ToString() == name);
        var directory = Path.Combine(RepoPaths.Prompts, prompt.Plugin, prompt.Function);
        var config = PromptTemplateConfig.FromJson(File.ReadAllText(Path.Combine(directory, "config.json")));
        var template = File.ReadAllText(Path.Combine(directory, "skprompt.txt"));
        var passed = Passed(prompt).Names.Order().ToList();

        Assert.Equal(passed, config.InputVariables.Select(v => v.Name).Order().ToList());
        Assert.Equal(passed, Regex.Matches(template, @"\{\{\$(\w+)\}\}").Select(m => m.Groups[1].Value).Distinct().Order().ToList());
        Assert.All(config.InputVariables, v => Assert.True(v.IsRequired, $"{name}: {v.Name} should be required"));
        Assert.True(config.ExecutionSettings["default"].ExtensionData!.ContainsKey("max_tokens"), $"{name}: max_tokens");
        Assert.True(config.ExecutionSettings["default"].ExtensionData!.ContainsKey("temperature"), $"{name}: temperature");
    }

    [Fact]
    public void The_library_loads_every_prompt_and_sees_the_same_parameters()
    {
        var prompts = new LlmPrompts(RepoPaths.Prompts, NullLoggerFactory.Instance);

        foreach (var prompt in PromptName.All)
        {
            Assert.Equal(Passed(prompt).Names.Order(), prompts.DeclaredVariables(prompt).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Untrusted_text_sits_inside_delimiters_with_an_instruction_to_ignore_instructions_in_it(string name)
    {
        var prompt = PromptName.All.Single(p => p.ToString() == name);
        var template = File.ReadAllText(Path.Combine(RepoPaths.Prompts, prompt.Plugin, prompt.Function, "skprompt.txt"));

        var delimited = prompt.Function switch
        {
            "combine" => "<notes>\n{{$notes}}\n</notes>\n<quotes>\n{{$candidates}}\n</quotes>",
            "repair" => "<answer>\n{{$answer}}\n</answer>",
            _ => "<article>\n{{$article}}\n</article>",
        };
        Assert.Contains(delimited, template);
        Assert.Contains("ignore any instructions", template);
        Assert.Matches(@"(?s)<message role=""system"">.*</message>\s*<message role=""user"">", template);
    }

    [Fact]
    public void The_prompts_about_an_article_share_one_system_message_so_a_provider_can_cache_it_with_the_article()
    {
        var systems = new[] { PromptName.Digest, PromptName.KeyQuotes, PromptName.TopicQuotes }
            .Select(p => File.ReadAllText(Path.Combine(RepoPaths.Prompts, p.Plugin, p.Function, "skprompt.txt")))
            .Select(t => t[..(t.IndexOf("</message>", StringComparison.Ordinal) + "</message>".Length)])
            .ToList();

        Assert.All(systems, s => Assert.Equal(systems[0], s));
        Assert.DoesNotContain("{{", systems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_prompt_directory_names_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new LlmPrompts("no/such/prompts", NullLoggerFactory.Instance));
        Assert.Contains("Llm:PromptsPath", error.Message);
    }
}
