using Bot.Core.Articles;
using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Chat.Handlers;
using Bot.Core.Chat.Requests;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Bot.Core.Tests.Chat;

public sealed class ChatRequestRouterTests
{
    private static readonly Conversation Channel = new("discord", "100");

    private readonly Mock<IBotRequestHandler> _summarize = Handler<SummarizeRequest>();
    private readonly Mock<IBotRequestHandler> _help = Handler<HelpRequest>();
    private readonly Mock<IRecentLinks> _recentLinks = new();
    private readonly List<Reply> _replies = [];
    private readonly Mock<IChatResponder> _responder = new();

    public ChatRequestRouterTests()
    {
        _responder.Setup(r => r.SendAsync(It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Callback<Reply, CancellationToken>((reply, _) => _replies.Add(reply))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task Messages_from_bots_are_ignored_entirely()
    {
        var router = Router();

        await router.HandleMessageAsync(Mention("summarize https://example.org/a") with { IsFromBot = true }, _responder.Object, default);

        _summarize.Verify(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()), Times.Never);
        _recentLinks.VerifyNoOtherCalls();
        Assert.Empty(_replies);
    }

    [Fact]
    public async Task Links_in_ordinary_messages_are_remembered_without_a_reply()
    {
        var router = Router();

        await router.HandleMessageAsync(new ChatMessage(Channel, "u1", "m1", "read <https://example.org/a>"), _responder.Object, default);

        _recentLinks.Verify(r => r.RecordAsync(Channel, "https://example.org/a", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_replies);
    }

    [Fact]
    public async Task An_article_failure_becomes_its_short_message()
    {
        _summarize.Setup(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArticleException(ArticleErrorKind.HttpStatus, "The site answered 404 Not Found."));

        await Router().HandleMessageAsync(Mention("summarize https://example.org/a"), _responder.Object, default);

        var reply = Assert.Single(_replies);
        Assert.True(reply.IsError);
        Assert.Equal("The site answered 404 Not Found.", reply.Text);
    }

    [Fact]
    public async Task An_unexpected_failure_becomes_one_reply_with_a_reference_and_no_details()
    {
        _summarize.Setup(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NullReferenceException("secret internals"));

        await Router().HandleMessageAsync(Mention("summarize https://example.org/a"), _responder.Object, default);

        var reply = Assert.Single(_replies);
        Assert.Matches(@"^Something went wrong on my side \(ref [0-9a-f]{8}\)\.$", reply.Text);
    }

    [Fact]
    public async Task A_failing_reply_channel_does_not_escape_the_router()
    {
        _summarize.Setup(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new BusyException());
        _responder.Setup(r => r.SendAsync(It.IsAny<Reply>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));

        await Router().HandleMessageAsync(Mention("summarize https://example.org/a"), _responder.Object, default);
    }

    [Fact]
    public async Task Over_the_budget_the_user_is_asked_to_slow_down_and_nothing_runs()
    {
        var router = Router(new ChatOptions { UserRequestsPerMinute = 1 });

        await router.HandleMessageAsync(Mention("summarize https://example.org/a"), _responder.Object, default);
        await router.HandleMessageAsync(Mention("summarize https://example.org/b"), _responder.Object, default);

        _summarize.Verify(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("Slow down a little: try again in 60 s.", Assert.Single(_replies).Text);
    }

    [Fact]
    public async Task An_auto_summary_over_the_budget_is_skipped_without_a_reply()
    {
        var router = Router(new ChatOptions { UserRequestsPerMinute = 1 });
        var posted = new ChatMessage(Channel, "u1", "m1", "https://example.org/a") { AutoSummarize = true };

        await router.HandleMessageAsync(posted, _responder.Object, default);
        await router.HandleMessageAsync(posted with { MessageId = "m2", Text = "https://example.org/b" }, _responder.Object, default);

        _summarize.Verify(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_replies);
    }

    [Fact]
    public async Task Help_is_the_last_resort_and_is_not_rate_limited()
    {
        var router = Router(new ChatOptions { UserRequestsPerMinute = 1 });

        await router.HandleMessageAsync(Mention("hi"), _responder.Object, default);
        await router.HandleMessageAsync(Mention("hi"), _responder.Object, default);

        _help.Verify(h => h.HandleAsync(It.IsAny<HelpRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private ChatRequestRouter Router(ChatOptions? options = null)
    {
        var chat = Options.Create(options ?? new ChatOptions());
        return new ChatRequestRouter(
            new RequestParser(chat),
            [_summarize.Object, _help.Object],
            new RequestRateLimiter(chat, new FakeTimeProvider()),
            _recentLinks.Object,
            chat,
            NullLogger<ChatRequestRouter>.Instance);
    }

    private static Mock<IBotRequestHandler> Handler<T>() where T : BotRequest
    {
        var handler = new Mock<IBotRequestHandler>();
        handler.Setup(h => h.CanHandle(It.IsAny<BotRequest>())).Returns<BotRequest>(r => r is T);
        handler.Setup(h => h.HandleAsync(It.IsAny<BotRequest>(), It.IsAny<RequestContext>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        return handler;
    }

    private static ChatMessage Mention(string text) => new(Channel, "u1", "m1", text) { MentionsBot = true };
}
