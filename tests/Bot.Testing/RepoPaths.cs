namespace Bot.Testing;

/// <summary>Paths in the repository the tests run from (found by walking up to Bot.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "config", "prompts");

    /// <summary>The real pages kept in the repository for tests (see tests/TestPages/README.md).</summary>
    public static string ReadabilityPages => Path.Combine(Root, "tests", "TestPages", "readability");

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
