namespace Bot.Testing;

/// <summary>Paths in the repository the tests run from (found by walking up to Bot.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "config", "prompts");

    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "readability"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
