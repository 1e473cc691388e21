using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>
/// The prompt functions, loaded once from the prompt directory (Semantic Kernel's prompt-directory format), with the
/// JSON schema of each plugin's answers (<see cref="PromptName.SchemaFile"/>) when it has one.
/// </summary>
internal sealed class LlmPrompts
{
    private readonly Dictionary<PromptName, KernelFunction> _functions = [];
    private readonly Dictionary<string, BinaryData> _schemas = new(StringComparer.Ordinal);

    public LlmPrompts(IOptions<LlmOptions> options, ILoggerFactory loggerFactory)
        : this(options.Value.PromptsPath, loggerFactory)
    {
    }

    public LlmPrompts(string promptsPath, ILoggerFactory loggerFactory)
    {
        var root = PromptDirectory.Find(promptsPath)
            ?? throw new InvalidOperationException($"Llm:PromptsPath '{promptsPath}' was not found.");
        var loader = new Kernel(new ServiceCollection().AddSingleton(loggerFactory).BuildServiceProvider());
        foreach (var plugin in PromptName.All.GroupBy(p => p.Plugin))
        {
            var folder = Path.Combine(root, plugin.Key);
            var functions = loader.CreatePluginFromPromptDirectory(folder, plugin.Key);
            foreach (var name in plugin)
            {
                _functions[name] = functions.TryGetFunction(name.Function, out var function)
                    ? function
                    : throw new InvalidOperationException(
                        $"The prompt {name} is missing from Llm:PromptsPath '{promptsPath}' ({name}/skprompt.txt).");
            }
            var schema = Path.Combine(folder, PromptName.SchemaFile);
            if (File.Exists(schema))
            {
                _schemas[plugin.Key] = JsonSchemaFile.Read(schema);
            }
        }
    }

    public KernelFunction this[PromptName name] => _functions[name];

    /// <summary>The JSON schema the prompt's answer follows, or null when it has none.</summary>
    public BinaryData? Schema(PromptName name) => _schemas.GetValueOrDefault(name.Plugin);

    /// <summary>The input variables a prompt declares in its config.json.</summary>
    public IReadOnlySet<string> DeclaredVariables(PromptName name) =>
        _functions[name].Metadata.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
