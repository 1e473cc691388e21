using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class NotAnArticleTests
{
    private readonly ArticleExtractor extractor = new();

    [Theory]
    [InlineData("""
        <div id="consent"><h2>We value your privacy</h2><p>We and our partners use cookies and similar technologies to store
        and access information on your device, for personalised ads and content, measurement and audience insights.</p>
        <p>You can accept all, reject all or manage your preferences at any time.</p>
        <a>Accept all</a> <a>Reject all</a> <a>Manage options</a></div>
        """, "cookie")]
    [InlineData("""
        <noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
        """, "JavaScript")]
    [InlineData("""
        <div class="app"><p>Please enable JavaScript in your browser to view this page. This site requires JavaScript
        to work correctly.</p></div>
        """, "JavaScript")]
    [InlineData("""
        <article><h1>Council delays budget vote</h1><p>The council met on Tuesday evening to discuss the new budget,
        which had been delayed for months, and residents who attended said they were worried.</p>
        <div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div></article>
        """, "paywall")]
    [InlineData("""
        <div class="main"><h1>Just a moment...</h1><p>Please verify you are human by completing the captcha below.
        Our systems have detected unusual traffic from your network.</p></div>
        """, "captcha")]
    [InlineData("""
        <div id="cmp"><h2>Wir respektieren Ihre Privatsphäre</h2><p>Wir und unsere Partner verwenden Cookies, um
        Inhalte zu personalisieren. Ihre Einwilligung können Sie jederzeit in den Einstellungen widerrufen.</p>
        <a>Alle akzeptieren</a> <a>Ablehnen</a></div>
        """, "cookie")]
    [InlineData("""
        <article><h1>Le conseil reporte le vote du budget</h1><p>Le conseil municipal s'est réuni mardi soir pour
        discuter du nouveau budget, retardé depuis des mois.</p>
        <div class="paywall"><p>Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.</p></div></article>
        """, "paywall")]
    [InlineData("""
        <div class="app"><p>Bitte JavaScript aktivieren, um diese Seite anzuzeigen.</p></div>
        """, "JavaScript")]
    [InlineData("", "no text")]
    [InlineData("<div><p>   </p></div>", "no text")]
    public void Says_plainly_when_there_is_no_article(string body, string reasonMentions)
    {
        var error = Assert.Throws<ArticleException>(() => extractor.Extract(Pages.Html(body), "https://example.com/"));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Contains(reasonMentions, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_long_article_mentioning_cookies_and_subscriptions_is_still_an_article()
    {
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(20)}<p>Subscribe now to our newsletter. We use cookies; accept or manage them.</p></article>
            """);

        var article = extractor.Extract(html, null);

        Assert.True(article.WordCount > 250);
    }

    [Fact]
    public void A_short_real_article_with_a_subscribe_line_or_a_server_warning_is_kept()
    {
        var html = Pages.Html($"""
            <article><p>Warning: could not connect to the database server, access denied for user www.</p>
            {Pages.ArticleParagraphs(4)}<p>Subscribe now to our print edition for the full story.</p></article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains(Pages.Paragraph(0), article.Paragraphs);
    }

    [Fact]
    public void A_readable_article_keeps_its_text_and_loses_the_paywall_notice_under_it()
    {
        const string notice = "To view the full story, please subscribe. Already a subscriber? Log in for immediate access.";
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs(6)}<p>{notice}</p></article>");

        var article = extractor.Extract(html, null);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.DoesNotContain("subscribe", article.Text, StringComparison.OrdinalIgnoreCase);
    }
}
