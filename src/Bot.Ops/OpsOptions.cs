using System.ComponentModel.DataAnnotations;

namespace Bot.Ops;

/// <summary>Where the operators' endpoints listen; empty (the default) serves none.</summary>
public sealed class OpsOptions
{
    public const string Section = "Ops";

    /// <summary>e.g. <c>http://127.0.0.1:9090</c>, or <c>http://+:8080</c> for every interface (the Docker image).</summary>
    [RegularExpression(@"^(https?://[^/\s]+:\d{1,5}/?)?$", ErrorMessage = "The field Listen must be empty or a URL with a port, e.g. 'http://127.0.0.1:9090'.")]
    public string Listen { get; set; } = "";
}
