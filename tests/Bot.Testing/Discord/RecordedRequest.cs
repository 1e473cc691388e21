using System.Text.Json;

namespace Bot.Testing.Discord;

/// <summary>A REST request as the fake Discord saw it, with the status it answered.</summary>
public sealed record RecordedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public int Status { get; set; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public override string ToString() => $"{Method} {Path} -> {Status}";

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>A scripted answer: status, JSON body and extra headers.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);
