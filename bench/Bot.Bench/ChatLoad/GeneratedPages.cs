using System.Net;
using System.Text;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Bench.ChatLoad;

/// <summary>A loopback server of distinct article pages (/page/N, about 700 words each, every page different), so
/// every link is a real fetch, extraction and summary: nothing is served from a cache.</summary>
internal static class GeneratedPages
{
    private static readonly string[] Places = ["Vessby", "Northholm", "Ardmore", "Lindhaven", "Kestrel Bay", "Oakridge", "Marlow", "Tidewick"];
    private static readonly string[] Subjects = ["the harbour board", "the regional council", "local fishermen", "the university", "residents", "engineers", "the ferry operator", "shop owners"];
    private static readonly string[] Verbs = ["approved", "questioned", "delayed", "funded", "rejected", "studied", "welcomed", "challenged"];
    private static readonly string[] Objects = ["a new sea wall", "the dune project", "movable barriers", "the salt marsh plan", "a tidal pool", "the dredging contract", "a flood warning system", "the beach nourishment"];

    public static Task<PageServer> ServeAsync() => PageServer.StartAsync(app =>
        app.MapGet("/page/{n:int}", (int n) => Results.Content(Html(n), "text/html; charset=utf-8")));

    private static string Html(int n)
    {
        var random = new Random(n);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var place = Pick(Places);
        var body = new StringBuilder();
        for (var p = 0; p < 12; p++)
        {
            body.Append("<p>");
            for (var s = 0; s < 3; s++)
            {
                body.Append(
                    $"In {place}, {Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} on day {random.Next(1, 365)} of report {n}, "
                    + $"citing {random.Next(2, 90)} storms and costs of {random.Next(3, 400)} million euros. ");
            }
            body.Append(
                $"\"We have to decide within {random.Next(2, 12)} months,\" said {Pick(Subjects)} spokesperson number {random.Next(100)}.</p>\n");
        }
        var title = WebUtility.HtmlEncode($"Report {n}: {place} weighs {Pick(Objects)}");
        return $"""
            <!doctype html><html lang="en"><head><title>{title}</title>
            <meta property="og:site_name" content="Bench Gazette"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
            {body}</article><footer>© Bench Gazette</footer></body></html>
            """;
    }
}
