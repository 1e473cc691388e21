using Microsoft.Extensions.Hosting;

namespace Bot.Core.Llm;

/// <summary>Loads the prompt files when the host starts, so a broken prompt stops the start, not the first summary.</summary>
internal sealed class LlmPromptsPreloader(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(LlmPrompts));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
