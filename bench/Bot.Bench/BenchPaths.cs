namespace Bot.Bench;

/// <summary>Default locations: the repository root (the folder holding Bot.sln) and the shared corpus beside it.</summary>
internal static class BenchPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static string Corpus() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "corpus", "readability"));
}
