namespace Bot.Discord.Gateway.Compression;

/// <summary>The values of <c>Discord:Compression</c> and the gateway query that goes with each.</summary>
internal static class GatewayCompression
{
    public const string ZlibStream = "zlib-stream";
    public const string None = "none";

    public static bool IsKnown(string? value) => value is ZlibStream or None;

    public static bool IsZlibStream(string value) => value == ZlibStream;

    public static string Query(string value) =>
        IsZlibStream(value) ? "?v=10&encoding=json&compress=zlib-stream" : "?v=10&encoding=json";
}
