namespace Bot.Redis.Connection;

/// <summary>The Lua scripts kept beside the C# that runs them, read from the assembly.</summary>
internal static class LuaScripts
{
    public static string Load(string fileName)
    {
        using var stream = typeof(LuaScripts).Assembly.GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"The script {fileName} is not embedded in {typeof(LuaScripts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
