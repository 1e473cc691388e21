using System.Net;
using System.Net.Sockets;
using Bot.Core.Llm;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Core.Tests.Llm;

public sealed class LlmFailureCauseTests
{
    public static TheoryData<Exception, HttpStatusCode?, string> Failures() => new()
    {
        { new HttpOperationException("Service request failed. Status: 500 {\"secret\":\"body\"}"), HttpStatusCode.InternalServerError, "HTTP 500" },
        {
            new HttpOperationException("Connection refused (127.0.0.1:9)", new HttpRequestException(
                "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused))),
            null, "Connection refused (127.0.0.1:9)"
        },
        { new HttpOperationException("failed", new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway)), null, "HTTP 502" },
        { new HttpOperationException("failed", new TimeoutRejectedException()), null, "no answer within Llm:Timeout" },
        { new HttpOperationException("failed", new BrokenCircuitException()), null, "the provider kept failing; calls are paused by the circuit breaker" },
        { new InvalidOperationException("something with a body in it"), null, "InvalidOperationException" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void The_cause_is_short_and_never_the_response_body(Exception failure, HttpStatusCode? status, string expected) =>
        Assert.Equal(expected, LlmFailureCause.Of(failure, status));
}
