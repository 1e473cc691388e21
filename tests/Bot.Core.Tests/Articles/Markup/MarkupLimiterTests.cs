using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bot.Core.Articles.Markup;

namespace Bot.Core.Tests.Articles.Markup;

public sealed class MarkupLimiterTests
{
    private const string Text = "Harbour engineers finished the tidal barrier";

    private static readonly HtmlParser Unbounded = new(new HtmlParserOptions { MaximumDepth = int.MaxValue });

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";

    private static string Repeat(string fragment, int times) => new StringBuilder(fragment.Length * times).Insert(0, fragment, times).ToString();

    /// <summary>The deepest element of the tree the real parser builds (no depth limit of its own).</summary>
    private static int ParsedDepth(string html)
    {
        using var document = Unbounded.ParseDocument(html);
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((document.DocumentElement, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }
        return deepest;
    }

    private static string ParsedText(string html)
    {
        using var document = Unbounded.ParseDocument(html);
        return document.Body?.TextContent ?? "";
    }

    [Fact]
    public void An_ordinary_page_comes_back_as_the_same_string()
    {
        var html = Page("""
            <!-- a <div> in a comment --><header><nav><ul><li><a href="/">Home</a><li><a href="/a">A</a></ul></nav></header>
            <script>if (a < b) { document.write("<div><div><div>"); } // <!-- <script> </script> --></script>
            <style>div > p { color: red }</style><svg viewBox="0 0 1 1"><path d="M0"/><title>icon</title></svg>
            <article><p>One <b>bold <i>and</b> misnested</i><p>Two<table><tr><td>cell<td>cell</table></article>
            <textarea><div></textarea><select><option>a<option>b</select>
            """);

        Assert.Same(html, MarkupLimiter.Limit(html));
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<ul><li>", "</li></ul>")]
    [InlineData("<table><td>", "</td></table>")]
    [InlineData("<span>", "</span>")]
    [InlineData("<b>", "")]
    [InlineData("<svg><g>", "")]
    public void Deep_nesting_is_cut_at_the_cap_keeping_the_text(string open, string close)
    {
        var html = Page(Repeat(open, 5_000) + $"<p>{Text}</p>" + Repeat(close, 5_000));

        var limited = MarkupLimiter.Limit(html);

        Assert.InRange(ParsedDepth(limited), 10, MarkupLimiter.MaxDepth);
        Assert.Contains(Text, ParsedText(limited));
    }

    [Fact]
    public void Formatting_closed_by_blocks_and_reopened_by_text_is_counted()
    {
        // Each </div> closes the distinct <b>s, and the text after it makes the parser open all of them again.
        var html = Page(Repeat("<div>", 2_000) + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<b class=c{i}>")) + Repeat("</div>x", 2_000));

        Assert.InRange(ParsedDepth(MarkupLimiter.Limit(html)), 10, MarkupLimiter.MaxDepth);
    }

    [Fact]
    public void Tags_inside_a_script_are_text_even_after_a_nested_script_tag()
    {
        // "<!--<script>" makes the first </script> part of the script: the divs after it are still script text.
        var html = Page("<script><!--<script></script>" + Repeat("<div>", 2_000) + "--></script><p>after</p>");

        Assert.Same(html, MarkupLimiter.Limit(html));
    }

    [Theory]
    [InlineData("<!-- comment --!>")]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<?php echo 1 ?>")]
    [InlineData("<textarea></textarea >")]
    [InlineData("<title>x</TITLE>")]
    [InlineData("<div title='>'>")]
    public void Tags_after_a_closed_comment_or_raw_text_are_still_seen(string prefix)
    {
        var html = Page(prefix + Repeat("<div>", 2_000) + Text);

        Assert.InRange(ParsedDepth(MarkupLimiter.Limit(html)), 10, MarkupLimiter.MaxDepth);
    }

    [Fact]
    public void Past_the_work_budget_the_rest_of_the_page_is_text()
    {
        var html = Page(Repeat("<b>x</b> <a href=/y>y</a> <p>z</p>", 100_000) + $"<p>{Text}</p>");

        var limited = MarkupLimiter.Limit(html);

        using var document = Unbounded.ParseDocument(limited);
        Assert.InRange(document.All.Length, MarkupLimiter.MaxWork / 10, MarkupLimiter.MaxWork);
        Assert.Contains(Text, document.Body!.TextContent);
        Assert.Contains("x y z x y z", document.Body.TextContent.Replace("  ", " ", StringComparison.Ordinal)[^2_000..]);
    }

    [Fact]
    public void Past_the_work_budget_scripts_go_whole()
    {
        var html = Page(Repeat("<i>x</i>", 60_000) + "<script>var tag = '<div>';</script><p>" + Text + "</p>");

        var text = ParsedText(MarkupLimiter.Limit(html));

        Assert.DoesNotContain("var tag", text);
        Assert.Contains(Text, text);
    }

    [Theory]
    [InlineData("<p><b>x</p>")] // unclosed bold reopened in every paragraph: the parser keeps three
    [InlineData("<a href=/x>link")] // unclosed links: each new one closes the last
    [InlineData("<li>item")]
    [InlineData("<tr><td>cell")]
    [InlineData("<p>para")]
    [InlineData("<option>choice")]
    public void Sloppy_but_shallow_markup_is_left_alone(string fragment)
    {
        var html = Page("<div><ul><table><select>".Replace(fragment.Contains("<li>") ? "<div>" : "<ul>", "", StringComparison.Ordinal)
            + Repeat(fragment, 5_000));

        Assert.Same(html, MarkupLimiter.Limit(html));
    }

    [Fact]
    public void A_dropped_block_leaves_a_space_between_words()
    {
        var html = Page(Repeat("<div>", 600) + "one<div>two</div>three");

        Assert.Contains("one two three", ParsedText(MarkupLimiter.Limit(html)));
    }
}
