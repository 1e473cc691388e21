using AngleSharp.Html.Parser;
using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>The rules that decide what of the main block is article text: its spine, captions, repeats and edges.</summary>
public sealed class MainBlockRulesTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void A_boilerplate_class_on_a_wrapper_of_the_best_block_does_not_drop_the_article()
    {
        var html = Pages.Html($"""
            <div class="page"><div class="elementor-widget-wrap"><div class="elementor-widget-container">
            {Pages.ArticleParagraphs(12)}</div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(12, article.Paragraphs.Count);
    }

    [Fact]
    public void Teasers_whose_class_says_post_do_not_widen_the_article_to_the_whole_page()
    {
        var teasers = string.Concat(Enumerable.Range(0, 3).Select(i =>
            $"<div class=\"post-excerpt\"><p>Another story number {i}, with a teaser sentence, a comma, and more words here.</p></div>"));
        var html = Pages.Html($"""
            <div class="site"><div class="main"><div class="story-body">{Pages.ArticleParagraphs(8)}</div></div>
            <div class="more-stories">{teasers}</div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(8, article.Paragraphs.Count);
        Assert.DoesNotContain("Another story", article.Text);
    }

    [Fact]
    public void The_caption_of_the_lead_image_and_credited_captions_are_left_out()
    {
        var html = Pages.Html($"""
            <article><figure><img src="/lead.jpg"><figcaption>The mayor speaks to residents outside the town hall.</figcaption></figure>
            {Pages.ArticleParagraphs(3)}
            <figure><img src="/chamber.jpg"><figcaption>The council chamber on Tuesday. (Photo: Jane Doe)</figcaption></figure>
            <figure><img src="/vote.jpg"><figcaption>Members waiting for the vote.</figcaption></figure>
            {Pages.ArticleParagraphs(2)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("The mayor speaks", article.Text);
        Assert.DoesNotContain("Jane Doe", article.Text);
        Assert.Contains("Members waiting for the vote.", article.Paragraphs);
        Assert.Equal(Pages.Paragraph(0), article.Paragraphs[0]);
    }

    [Fact]
    public void Gallery_captions_shown_twice_are_left_out_and_a_repeated_short_paragraph_is_written_once()
    {
        const string caption = "Workers remove a neon sign from the roof of the old electricity board building.";
        const string step = "Cut the butter into small cubes and let it soften.";
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}
            <div class="gallery-thumb"><img src="/1.jpg"><p class="wp-caption-text">{caption}</p></div>
            <p>{step}</p>{Pages.ArticleParagraphs(2)}
            <div class="gallery-full"><img src="/1.jpg"><p class="wp-caption-text">{caption}</p></div>
            <p>{step}</p>{Pages.ArticleParagraphs(1)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("neon sign", article.Text);
        Assert.Single(article.Paragraphs, p => p == step);
    }

    [Fact]
    public void An_inline_caption_is_cut_from_its_paragraph_and_no_caption_is_not_a_caption()
    {
        var html = Pages.Html($"""
            <article><p><span class="caption"><span class="attribution">© Provided by Example Wire</span> Nintendo/Apple</span>
            {Pages.Paragraph(0)}</p>
            <div class="item no_caption"><h2>{Pages.Paragraph(1)}</h2></div>
            {Pages.ArticleParagraphs(4)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(Pages.Paragraph(0), article.Paragraphs[0]);
        Assert.Contains(Pages.Paragraph(1), article.Paragraphs);
        Assert.DoesNotContain("Provided by", article.Text);
    }

    [Fact]
    public void Furniture_lines_stamps_and_credits_inside_the_article_are_left_out()
    {
        var html = Pages.Html($"""
            <article><p>Aktualisiert: 03.04.2020, 12:35</p>{Pages.ArticleParagraphs(3)}
            <p>Foto: Jane Doe/dpa</p><p>Lesen Sie auch: Der Rat vertagt die Abstimmung</p>
            {Pages.ArticleParagraphs(2)}<p>Tags: Haushalt, Rat, Abstimmung</p><p>Keine Kommentare</p></article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal([Pages.Paragraph(0), Pages.Paragraph(1), Pages.Paragraph(2), Pages.Paragraph(0), Pages.Paragraph(1)],
            article.Paragraphs);
    }

    [Fact]
    public void Short_lines_before_and_after_the_body_are_trimmed_but_headings_lists_and_sentences_stay()
    {
        var html = Pages.Html($"""
            <article><p>Politics</p><p>By Jane Doe</p><h2>What the council decided</h2>{Pages.ArticleParagraphs(3)}
            <p>It was, all agreed, a long night.</p>
            <ul><li>Vote: June</li><li>Consultation: May</li></ul>
            <p>Jane Doe, Town Gazette</p><h3>More from the council</h3></article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal("What the council decided", article.Paragraphs[0]);
        Assert.Contains("It was, all agreed, a long night.", article.Paragraphs);
        Assert.Equal("Consultation: May", article.Paragraphs[^1]);
        Assert.DoesNotContain("Politics", article.Text);
        Assert.DoesNotContain("By Jane Doe", article.Text);
    }

    [Fact]
    public void Dates_and_numbers_in_table_cells_are_data_and_stay()
    {
        var rows = string.Concat(Enumerable.Range(0, 4).Select(i => $"<tr><td>April 201{i}</td><td>4.2.{i}</td></tr>"));
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs(3)}<table>{rows}</table>{Pages.ArticleParagraphs(1)}</article>");

        var article = extractor.Extract(html, null);

        Assert.Contains("April 2012", article.Paragraphs);
        Assert.Contains("4.2.3", article.Paragraphs);
    }

    [Fact]
    public void The_block_marked_as_schema_org_articleBody_is_chosen_over_a_slightly_longer_one()
    {
        var other = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<p>Unrelated report {i}: the weather stayed dry, cold, and calm, as forecast, across the region all week.</p>"));
        var html = Pages.Html($"""
            <div><div><div>{other}</div></div></div>
            <div><div itemprop="articleBody">{Pages.ArticleParagraphs(5)}</div></div>
            """);
        using var document = new HtmlParser(ArticleExtractor.ParserOptions).ParseDocument(html);
        var tree = ContentTreeBuilder.Build(document);
        TextStatistics.Compute(tree, skipUnlikely: true);

        ContentSelector.Select(tree);

        Assert.True(tree.Nodes.Single(n => n.IsArticleBody).OnSpine, "the articleBody block is not the chosen one");
    }

    [Fact]
    public void Lines_about_the_site_after_the_story_are_left_out_but_kept_inside_it()
    {
        const string channel = "¿Ya sabías que en Harbour-Gazette.com tenemos canal propio? Únete desde tu celular.";
        const string app = "The council also said it would download the full report of the auditors into its own app for "
            + "residents, so that everyone can read the figures before the vote.";
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}<p>{app}</p>{Pages.ArticleParagraphs(3)}
            <p>{channel}</p><p>Teilnehmende Blogs:</p></article>
            """);

        var article = extractor.Extract(html, "https://www.harbour-gazette.com/news/budget");

        Assert.Equal(7, article.Paragraphs.Count);
        Assert.Contains(app, article.Paragraphs);
        Assert.DoesNotContain("canal propio", article.Text);
        Assert.DoesNotContain("Teilnehmende", article.Text);
    }

    [Fact]
    public void Every_part_of_an_article_wrapped_like_its_main_part_is_kept_whatever_the_wrapper_is_called()
    {
        const string before = "Golden light fell on the old harbour walls as the boats came back in the evening.";
        const string after = "The harbour master expects the first repairs to start before the end of the summer.";
        static string Part(string inner) =>
            $"""<div class="section"><div class="widget-wrap"><div class="text-editor">{inner}</div></div></div>""";
        var html = Pages.Html($"""
            <div class="page">{Part($"<p>{before}</p>")}{Part(Pages.ArticleParagraphs(6))}{Part($"<p>{after}</p>")}</div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(8, article.Paragraphs.Count);
        Assert.Equal(before, article.Paragraphs[0]);
        Assert.Equal(after, article.Paragraphs[^1]);
    }

    [Fact]
    public void On_a_page_that_goes_on_with_the_next_story_the_story_under_the_title_is_the_article()
    {
        const string next = "The harbour walls will be repaired this summer, the port authority said on Monday.";
        var html = Pages.Html($"""
            <div class="stream">
            <article><header><h1>Council delays budget vote</h1></header><div class="entry-text">{Pages.ArticleParagraphs(3)}</div></article>
            <article><header><h1>Harbour walls to be repaired</h1></header><div class="entry-text">
            {string.Concat(Enumerable.Repeat($"<p>{next} {next}</p>", 8))}</div></article>
            </div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("harbour", article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_part_of_the_best_block_that_holds_most_of_its_text_is_kept_whatever_it_is_called()
    {
        var html = Pages.Html($"""
            <div class="story"><div class="steps"><div class="col print-full">{Pages.ArticleParagraphs(5)}</div>
            <div class="col print-none"><p>Print this page</p></div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(5, article.Paragraphs.Count);
    }

    [Fact]
    public void The_standfirst_between_the_title_and_the_story_opens_the_article()
    {
        const string lead = "The council has put off its vote on the new budget until the auditors report, after a long evening "
            + "of debate in which residents, members and the mayor argued about costs, services and the future of the library, "
            + "which may close on Sundays.";
        var html = Pages.Html($"""
            <div class="wrap"><div class="top"><h1>Council delays budget vote</h1>
            <p class="standfirst">{lead}</p><p class="date">4 December 2026</p></div>
            <div class="layout"><div class="story-body">{Pages.ArticleParagraphs(6)}</div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(lead, article.Paragraphs[0]);
        Assert.Equal(7, article.Paragraphs.Count);
    }

    [Fact]
    public void A_two_line_paragraph_named_as_the_lead_opens_the_article_and_an_unnamed_one_does_not()
    {
        const string lead = "The council has put off its vote on the new budget until the auditors report, "
            + "after a long evening of debate about the library.";
        static string Page(string leadClass) => Pages.Html($"""
            <div class="wrap"><div class="top"><h1>Council delays budget vote</h1>
            <p class="{leadClass}">{lead}</p></div>
            <div class="layout"><div class="story-body">{Pages.ArticleParagraphs(6)}</div></div></div>
            """);

        var named = extractor.Extract(Page("story-lead-text"), null);
        var unnamed = extractor.Extract(Page("deck"), null);

        Assert.Equal(lead, named.Paragraphs[0]);
        Assert.Equal(7, named.Paragraphs.Count);
        Assert.DoesNotContain(lead, unnamed.Paragraphs);
    }

    [Fact]
    public void Short_blocks_whose_class_says_content_do_not_outweigh_the_block_that_holds_the_text()
    {
        var features = string.Concat(new[] { "Free delivery on all orders.", "Two years of warranty included.",
            "Returns are free for thirty days." }.Select(f => $"<div class=\"feature-content\"><p>{f}</p></div>"));
        var html = Pages.Html($"""
            <div class="shop"><div class="features">{features}</div>
            <div class="col"><div>{Pages.ArticleParagraphs(3)}</div></div></div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("delivery", article.Text);
    }

    [Fact]
    public void A_short_newsletter_line_inside_the_story_is_left_out()
    {
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}<p>Never miss the latest news by signing up to our newsletter today!</p>
            {Pages.ArticleParagraphs(3)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.DoesNotContain("newsletter", article.Text);
    }

    [Fact]
    public void A_short_story_line_naming_a_messaging_app_or_an_affiliate_stays()
    {
        const string whatsApp = "WhatsApp declined to comment on the outage.";
        const string affiliate = "The network's local affiliate carried the speech live.";
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}<p>{whatsApp}</p><p>{affiliate}</p>{Pages.ArticleParagraphs(3)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains(whatsApp, article.Paragraphs);
        Assert.Contains(affiliate, article.Paragraphs);
    }

    [Fact]
    public void A_longer_call_to_action_is_left_out_after_the_story_only()
    {
        const string promo = "Would you like to read more stories like this one? Follow our channel on Telegram, where every "
            + "evening we send the best stories of the day to more than ten thousand readers in the region.";
        var middle = Pages.Html($"<article>{Pages.ArticleParagraphs(3)}<p>{promo}</p>{Pages.ArticleParagraphs(3)}</article>");
        var end = Pages.Html($"<article>{Pages.ArticleParagraphs(6)}<p>{promo}</p></article>");

        Assert.Contains(promo, extractor.Extract(middle, null).Paragraphs);
        Assert.DoesNotContain(promo, extractor.Extract(end, null).Paragraphs);
    }

    [Fact]
    public void A_bem_modifier_naming_ads_does_not_drop_the_sections_of_the_story()
    {
        var sections = string.Concat(Enumerable.Range(0, 4).Select(i =>
            $"<section class=\"report__section report__section--ads\"><h2>Part {i}</h2>{Pages.ArticleParagraphs(2)}</section>"));
        var html = Pages.Html($"<main><article class=\"report\">{sections}</article></main>");

        var article = extractor.Extract(html, null);

        Assert.Equal(8, article.Paragraphs.Count(p => p == Pages.Paragraph(0) || p == Pages.Paragraph(1)));
    }

    [Fact]
    public void A_class_with_a_double_dash_and_no_base_beside_it_still_counts()
    {
        const string offer = "Our partners pay for the space in this box, which they fill with offers for the week.";
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}<div class="field--ads"><div>{offer}</div></div>
            {Pages.ArticleParagraphs(3)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain(offer, article.Text);
    }

    [Fact]
    public void The_story_under_the_title_is_read_even_when_its_box_is_named_like_a_page_header()
    {
        var related = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<p>Another report, number {i}, on another topic, with a teaser long enough to be read as text.</p>"));
        var html = Pages.Html($"""
            <div class="col hasHeaderImage"><h1>Council delays budget vote</h1><div class="body">{Pages.ArticleParagraphs(6)}</div></div>
            <div class="more">{related}</div>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal(Pages.Paragraph(0), article.Paragraphs[0]);
        Assert.DoesNotContain("Another report", article.Text);
    }

    [Fact]
    public void Ruby_readings_are_left_out_and_letters_are_written_in_composed_form()
    {
        const string decomposed = "Die Gru\u0308nen sagen, dass die Debatte u\u0308ber den Haushalt noch lange nicht beendet ist, und wollen warten.";
        var html = Pages.Html($"""
            <article><p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が子どもを教育するために、体罰を禁止することになりました。</p>
            <p>{decomposed}</p>
            {Pages.ArticleParagraphs(4)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Equal("法律ができて、親が子どもを教育するために、体罰を禁止することになりました。", article.Paragraphs[0]);
        Assert.StartsWith("Die Grünen sagen, dass die Debatte über", article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_labelled_link_to_another_story_inside_the_story_is_left_out_but_labelled_fields_and_prose_links_stay()
    {
        const string pointer = "Lea más: <a href=\"/otra\">El consejo aprueba el presupuesto de la ciudad para el próximo año</a>";
        const string files = "<p>Source files: <a href=\"/a.js\">budget-2024.js</a>, <a href=\"/b.js\">budget-tables.js</a></p>";
        const string prose = "<p>The mayor said the <a href=\"/report\">auditors' report on the town's finances</a> was due next week.</p>";
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs(2)}<p>{pointer}</p>{files}{prose}{Pages.ArticleParagraphs(2)}</article>");

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("Lea más", article.Text);
        Assert.Contains("Source files: budget-2024.js, budget-tables.js", article.Paragraphs);
        Assert.Contains("The mayor said the auditors' report on the town's finances was due next week.", article.Paragraphs);
    }

    [Fact]
    public void A_page_that_renders_its_story_with_scripts_is_read_from_its_json_ld_article_body()
    {
        var body = string.Join("\\n", Enumerable.Range(0, 6).Select(Pages.Paragraph));
        var head = $$"""
            <title>Council delays budget vote</title><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Council delays budget vote","articleBody":"{{body}}"}</script>
            """;
        var shell = Pages.Html("<div id=\"app\"><p>The council chamber on Tuesday, where the members met to talk.</p></div>", head);
        var full = Pages.Html($"<article>{Pages.ArticleParagraphs(6)}<p>One more paragraph only the page has.</p></article>", head);

        Assert.Equal(Enumerable.Range(0, 6).Select(Pages.Paragraph), extractor.Extract(shell, null).Paragraphs);
        Assert.Contains("One more paragraph only the page has.", extractor.Extract(full, null).Paragraphs);
    }

    [Fact]
    public void Markup_inside_an_article_body_is_read_as_paragraphs()
    {
        var paragraphs = ArticleBodyText.Paragraphs("<p>The council met.</p><p>It voted &amp; adjourned.<br>Then it <b>left</b>.</p>");

        Assert.Equal(["The council met.", "It voted & adjourned.", "Then it left."], paragraphs);
        Assert.Equal(["If x < 5 and y > 3, the vote fails."], ArticleBodyText.Paragraphs("If x < 5 and y > 3, the vote fails."));
    }

    [Fact]
    public void A_story_told_in_sections_side_by_side_under_the_body_is_read_whole()
    {
        string Section(int first) => $"<div class=\"band-{first}\"><div class=\"row\"><div class=\"col\">"
            + string.Concat(Enumerable.Range(first, 3).Select(i => $"<p>{Pages.Paragraph(i)}</p>")) + "</div></div></div>";
        var html = Pages.Html($"""
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <section class="blog-post"><h1>Council delays budget vote</h1><div class="post-text"><p>{Pages.Paragraph(9)}</p></div></section>
            {Section(0)}{Section(3)}{Section(6)}
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains(Pages.Paragraph(9), article.Paragraphs);
        Assert.Contains(Pages.Paragraph(0), article.Paragraphs);
        Assert.Contains(Pages.Paragraph(8), article.Paragraphs);
        Assert.DoesNotContain("Home", article.Text);
    }

    [Fact]
    public void The_deck_under_the_title_opens_the_article_and_a_short_subheading_does_not()
    {
        const string deck = "Residents worry about the library as the members wait for the auditors and their report";
        string Page(string subheading) => Pages.Html($"""
            <div class="wrap"><div class="top"><h1>Council delays budget vote</h1><h2>{subheading}</h2>
            <p class="date">4 December 2026</p></div>
            <div class="layout"><div class="story-body">{Pages.ArticleParagraphs(6)}</div></div></div>
            """);

        Assert.Equal(deck, extractor.Extract(Page(deck), null).Paragraphs[0]);
        Assert.Equal(Pages.Paragraph(0), extractor.Extract(Page("Town hall news"), null).Paragraphs[0]);
    }

    [Fact]
    public void A_subheading_whose_anchor_id_has_a_boilerplate_word_stays()
    {
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}<h3 class="subheading" id="nav_only_the_film_stays_1">Only the film stays behind</h3>
            {Pages.ArticleParagraphs(3)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains("Only the film stays behind", article.Paragraphs);
    }

    [Fact]
    public void Icon_buttons_do_not_make_a_block_a_form_but_a_poll_of_labelled_buttons_is_one()
    {
        const string sheet = "No leaflet has been provided by the maker for this product, which is sold in pharmacies only.";
        const string poll = "Will the council pass the budget before the end of the year, as the mayor has promised?";
        var html = Pages.Html($"""
            <article>{Pages.ArticleParagraphs(3)}
            <div class="sheet"><div><button><img src="/a.svg"></button><button><img src="/b.svg"></button><button><img src="/c.svg"></button></div><p>{sheet}</p></div>
            <div class="box"><p>{poll}</p><button>Yes</button><button>No</button><button>Maybe</button></div>
            {Pages.ArticleParagraphs(3)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.Contains(sheet, article.Paragraphs);
        Assert.DoesNotContain(poll, article.Paragraphs);
    }

    [Fact]
    public void A_dateline_row_is_left_out_but_a_listing_of_dated_rows_stays()
    {
        var listing = string.Concat(Enumerable.Range(1, 4).Select(day => $"<p>0{day}.11.2022 - Band {day} - Stadthalle</p>"));
        var html = Pages.Html($"""
            <article><p>Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par</p>
            {Pages.ArticleParagraphs(4)}{listing}{Pages.ArticleParagraphs(2)}</article>
            """);

        var article = extractor.Extract(html, null);

        Assert.DoesNotContain("Le Monde", article.Text);
        Assert.Contains("01.11.2022 - Band 1 - Stadthalle", article.Paragraphs);
        Assert.Contains("04.11.2022 - Band 4 - Stadthalle", article.Paragraphs);
    }
}
