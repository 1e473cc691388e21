using System.Net;
using System.Text.RegularExpressions;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Support;

internal static class TestPages
{
    /// <summary>A page server with an article (also with a lead image), a 404, a 410, a thin page, a cookie wall, a
    /// paywall teaser, an image and a page that never finishes loading.</summary>
    public static Task<PageServer> ServeAsync() => PageServer.StartAsync(app =>
    {
        app.MapGet("/climate", () => Results.Content(ClimateArticle, "text/html; charset=utf-8"));
        app.MapGet("/climate-pictured", () => Results.Content(PicturedClimateArticle, "text/html; charset=utf-8"));
        app.MapGet("/gone", () => Results.StatusCode(410));
        app.MapGet("/thin", () => Results.Content(ThinPage, "text/html"));
        app.MapGet("/paywall", () => Results.Content(Paywall, "text/html"));
        app.MapGet("/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return Results.Content(ClimateArticle, "text/html");
        });
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/cookie-wall", () => Results.Content(CookieWall, "text/html"));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
    });

    /// <summary>True when <paramref name="quote"/> stands word for word in the climate article (white space folded).</summary>
    public static bool IsVerbatimInClimateArticle(string quote) => Fold(WebUtility.HtmlDecode(Regex.Replace(ClimateArticle, "<[^>]+>", " ")))
        .Contains(Fold(quote), StringComparison.Ordinal);

    private static string Fold(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    public const string ClimateArticle = """
        <!doctype html>
        <html lang="en"><head>
        <title>Coastal towns rethink flood defences - The Harbour Gazette</title>
        <meta property="og:site_name" content="The Harbour Gazette">
        <meta name="author" content="Maria Lindqvist">
        <meta property="article:published_time" content="2026-03-14T08:00:00Z">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>Coastal towns rethink flood defences</h1>
        <p>Three coastal towns on the northern shore have agreed to replace their ageing sea walls with a mix of dunes,
        salt marshes and movable barriers, after a winter in which storm surges broke through twice in six weeks.</p>
        <p>The plan, approved on Tuesday by the regional council, will cost an estimated 240 million euros over twelve
        years. Engineers say the living defences grow with rising seas instead of being overtopped by them.</p>
        <p>"We spent forty years building walls higher and higher, and the sea kept winning," said Harbourmaster Jonas
        Eklund, who has lived in the town of Vessby all his life. "This time we are working with the water, not against it."</p>
        <p>Climate scientists at the university estimate that sea levels along this coast will rise by at least half a
        metre by the end of the century, and that the most severe storm surges will become three times as frequent.</p>
        <p>Not everyone is convinced. Fishermen worry that the new salt marshes will silt up the harbour entrance, and
        several homeowners on the seafront have said they will challenge the plan in court.</p>
        <p>"Nobody asked us before the drawings were made," said Ingrid Sahlberg, who runs a guesthouse facing the beach.
        She said the movable barriers would block the view that brings visitors to the town every summer.</p>
        <p>The council says the first dunes will be planted next spring, and that residents will be consulted on the
        design of the barriers before construction begins in the autumn of next year.</p>
        <p>Insurance companies have welcomed the plan. One regional insurer said premiums for seafront homes could fall
        by a fifth once the new defences are complete, reversing a decade of steep increases.</p>
        </article>
        <footer>Copyright The Harbour Gazette. <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    /// <summary>The climate article naming a lead image (og:image) on a CDN.</summary>
    public static readonly string PicturedClimateArticle = ClimateArticle.Replace(
        "</head>", "<meta property=\"og:image\" content=\"https://cdn.harbour.example/img/dunes.jpg\">\n</head>", StringComparison.Ordinal);

    public const string ThinPage = """
        <html><head><title>Opening hours</title></head><body>
        <article><h1>Opening hours</h1><p>Closed today.</p></article>
        </body></html>
        """;

    public const string Paywall = """
        <html><head><title>Council budget vote delayed</title></head><body>
        <article><h1>Council budget vote delayed</h1>
        <p>The council postponed its budget vote on Tuesday after two members fell ill, leaving the plan for new flood
        defences without funding for at least another month.</p>
        <p>Subscribe to continue reading. Already a subscriber? Log in to continue.</p></article>
        </body></html>
        """;

    public const string CookieWall = """
        <html><head><title>Before you continue</title></head><body>
        <div class="consent"><h1>We value your privacy</h1>
        <p>We and our partners use cookies to store and access information on your device. Accept all cookies to continue.</p>
        <button>Accept all</button><button>Manage preferences</button></div>
        </body></html>
        """;
}
