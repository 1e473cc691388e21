using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Keeps_the_article_and_drops_navigation_footer_comments_cookie_banner_and_newsletter()
    {
        var html = Pages.Html($"""
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies or manage your settings.</div>
            <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <main><article><h1>Council delays budget vote</h1>{Pages.ArticleParagraphs()}</article>
            <div class="newsletter-signup"><p>Get our daily newsletter, with the best stories of the day, straight to your inbox every morning.</p></div>
            <section class="comments"><p>Great article, thanks for writing it up so clearly and with so much detail!</p></section></main>
            <footer><p>Copyright 2024 The Town Gazette, all rights reserved, including the right to reproduce.</p></footer>
            """);

        var article = extractor.Extract(html, "https://example.com/news/budget");

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.Equal(Pages.Paragraph(0), article.Paragraphs[0]);
        Assert.DoesNotContain("cookies", article.Text);
        Assert.DoesNotContain("Sport", article.Text);
        Assert.DoesNotContain("newsletter", article.Text);
        Assert.DoesNotContain("Great article", article.Text);
        Assert.DoesNotContain("Copyright", article.Text);
    }

    [Fact]
    public void Drops_a_link_farm_appended_to_the_article_but_keeps_inline_link_text()
    {
        var farm = string.Concat(Enumerable.Range(0, 40).Select(i => $"<a href=\"https://spam{i}.example/\">cheap pills {i}</a> "));
        var html = Pages.Html($"""
            <div class="story">{Pages.ArticleParagraphs(5)}
            <p>The full report is <a href="/report.pdf">available on the council website</a> from Monday.</p>
            <div>{farm}</div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains("The full report is available on the council website from Monday.", article.Paragraphs);
        Assert.DoesNotContain("cheap pills", article.Text);
    }

    [Fact]
    public void Splits_double_line_breaks_into_paragraphs_and_keeps_single_breaks_as_lines()
    {
        var html = Pages.Html($"""
            <div class="content">{Pages.Paragraph(0)}<br><br>{Pages.Paragraph(1)}<br>second line<br><br>{Pages.Paragraph(2)}</div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal([Pages.Paragraph(0), Pages.Paragraph(1) + "\nsecond line", Pages.Paragraph(2)], article.Paragraphs);
    }

    [Fact]
    public void Keeps_lists_blockquotes_figure_captions_and_headings_as_blocks()
    {
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}
            <h2>What was decided</h2>
            <ul><li>The vote is postponed until June.</li><li>A public consultation will open in May.</li></ul>
            <blockquote><p>We will not rush a decision that affects every family in this town.</p></blockquote>
            <figure><img src="/council.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure>
            {Pages.ArticleParagraphs(2)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains("What was decided", article.Paragraphs);
        Assert.Contains("The vote is postponed until June.", article.Paragraphs);
        Assert.Contains("A public consultation will open in May.", article.Paragraphs);
        Assert.Contains("We will not rush a decision that affects every family in this town.", article.Paragraphs);
        Assert.Contains("The council chamber on Tuesday.", article.Paragraphs);
    }

    [Fact]
    public void Removes_hidden_elements()
    {
        var html = Pages.Html($$"""
            <article>{{Pages.ArticleParagraphs(3)}}
            <p hidden>Secret one is here.</p><p aria-hidden="true">Secret two is here.</p>
            <div style="display: none">Secret three is here.</div><p style="visibility:hidden">Secret four is here.</p>
            <noscript>Secret five is here.</noscript><script>var secret = "six";</script><style>.secret { color: red }</style>
            {{Pages.ArticleParagraphs(2)}}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("Secret", article.Text);
        Assert.DoesNotContain("secret", article.Text);
        Assert.Equal(5, article.Paragraphs.Count);
    }

    [Fact]
    public void Reads_a_cjk_page()
    {
        const string sentence = "市议会周二晚上开会讨论新的预算，该预算已经推迟了几个月。居民们表示他们担心成本上升和服务减少。";
        var body = string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>{sentence}第{i}段。</p>"));
        var html = $"<html lang=\"zh-CN\"><head><title>市议会推迟预算投票</title></head><body><div id=\"content\">{body}</div></body></html>";

        var article = extractor.Extract(html, null);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.Equal(sentence + "第0段。", article.Paragraphs[0]);
        Assert.Equal("zh-CN", article.Language);
        Assert.Equal("市议会推迟预算投票", article.Title);
    }

    [Fact]
    public void Reads_a_page_without_body_or_head()
    {
        var article = extractor.Extract("<title>Council delays budget vote</title>" + Pages.ArticleParagraphs(4), null);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Equal("Council delays budget vote", article.Title);
    }

    [Fact]
    public void Survives_broken_markup()
    {
        var html = "<html><body><div class=article><p>" + Pages.Paragraph(0) + "<p>" + Pages.Paragraph(1)
            + "</span></b><table><tr><td>" + Pages.Paragraph(2) + "</div></i><<>>&nbsp;&bogus; <p";

        var article = extractor.Extract(html, null);

        Assert.Contains(Pages.Paragraph(0), article.Paragraphs);
        Assert.Contains(article.Paragraphs, p => p.StartsWith(Pages.Paragraph(2), StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_short_lines_of_prose_written_as_nested_divs_but_drops_short_widget_labels()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<div class=\"para\"><div><span>{Pages.Paragraph(i)}</span></div></div>"));
        var html = Pages.Html($"""
            <div class="chapter">{paragraphs}
            <div class="para"><div><span>They both took one.</span></div></div>
            <div class="para"><div><span>Advertisement</span></div></div>
            <div class="para"><div><span>“Deathballs?”</span></div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains("They both took one.", article.Paragraphs);
        Assert.Equal("“Deathballs?”", article.Paragraphs[^1]);
        Assert.DoesNotContain("Advertisement", article.Text);
    }

    [Fact]
    public void Drops_the_author_bio_box_under_the_story_even_beside_content_class_words()
    {
        var html = Pages.Html($"""
            <div class="post-body"><article>{Pages.ArticleParagraphs()}</article>
            <div class="post-body-sig-line"><div class="post-body-bio">Jane Doe covers local politics for the Gazette.
            She previously reported on housing, transport and schools for the Evening Star.</div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.DoesNotContain("Jane Doe", article.Text);
    }

    [Fact]
    public void Drops_a_video_player_whose_tiny_labels_in_paragraph_tags_are_not_paragraphs()
    {
        var presets = string.Concat(Enumerable.Range(0, 5).Select(_ => "<p>Aa</p>"));
        var fonts = string.Concat(new[] { "Georgia", "Tahoma", "Verdana", "Courier New" }.Select(f => $"<li>{f}</li>"));
        var html = Pages.Html($"""
            <div class="story"><div class="player"><button>Play</button><button>Mute</button><button>Settings</button>
            <div class="captions">Captions will look like this</div>{presets}<ul>{fonts}</ul></div>
            {Pages.ArticleParagraphs()}</div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.DoesNotContain("Tahoma", article.Text);
    }

    [Fact]
    public void Drops_a_short_list_that_is_only_a_promoted_link_but_keeps_a_list_of_points()
    {
        var html = Pages.Html($"""
            <div class="story-body">{Pages.ArticleParagraphs(3)}
            <ul><li><a href="/live/africa">Africa Live: updates from Kenya</a></li></ul>
            <ul><li>Water rates rise by 4% from April</li><li>The library keeps its <a href="/hours">opening hours</a></li></ul>
            {Pages.ArticleParagraphs(3)}</div>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("Africa Live", article.Text);
        Assert.Contains("Water rates rise by 4% from April", article.Paragraphs);
        Assert.Contains("The library keeps its opening hours", article.Paragraphs);
    }

    [Fact]
    public void Drops_a_lone_read_more_link_but_keeps_short_links_that_are_table_data()
    {
        var html = Pages.Html($"""
            <div class="story-body">{Pages.ArticleParagraphs(3)}
            <div class="more"><div class="more-link"><a href="#rest">Read more</a></div>{Pages.ArticleParagraphs(3)}</div>
            <table><tr><td><div><a href="/apps/maps">Town Maps</a></div></td><td>Free map of every bus stop in the town</td></tr>
            <tr><td><div><a href="/apps/bins">Bin Days</a></div></td><td>Reminds you which bin goes out this week</td></tr></table></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("Read more", article.Text);
        Assert.Contains("Town Maps", article.Text);
        Assert.Contains("Bin Days", article.Text);
    }
}
