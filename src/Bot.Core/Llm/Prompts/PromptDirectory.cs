namespace Bot.Core.Llm;

/// <summary>Finds the prompt directory: an absolute path, or relative to the app base directory, else the current one.</summary>
internal static class PromptDirectory
{
    public static string? Find(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }
        return new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .Select(root => Path.GetFullPath(Path.Combine(root, configured)))
            .FirstOrDefault(Directory.Exists);
    }
}
