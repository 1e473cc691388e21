using System.Net;
using System.Net.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Core.Llm;

/// <summary>
/// Why a call to the provider failed, in a few words for the log line: the HTTP status, the transport's own reason
/// ("Connection refused (127.0.0.1:11434)"), a timeout or the open circuit. Never a message that may carry a
/// response body.
/// </summary>
internal static class LlmFailureCause
{
    public const string Timeout = "no answer within Llm:Timeout";

    public static string Of(Exception exception, HttpStatusCode? status)
    {
        if (status is { } code)
            return $"HTTP {(int)code}";
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutRejectedException:
                    return Timeout;
                case BrokenCircuitException:
                    return "the provider kept failing; calls are paused by the circuit breaker";
                case HttpRequestException { StatusCode: { } statusCode }:
                    return $"HTTP {(int)statusCode}";
                case HttpRequestException transport:
                    return transport.Message;
                case System.Net.Sockets.SocketException socket:
                    return socket.Message;
            }
        }
        return exception.GetType().Name;
    }
}
