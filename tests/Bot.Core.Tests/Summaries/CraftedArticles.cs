using Bot.Core.Articles;

namespace Bot.Core.Tests.Summaries;

/// <summary>Small hand-written articles whose right answers are known.</summary>
internal static class CraftedArticles
{
    /// <summary>Three scene-setting sentences first; the news (solar battery storage) comes later.</summary>
    public static Article LateNews() => new(
        "https://news.example/council-solar",
        "City council approves solar battery storage plan",
        [
            "It was a grey morning when the residents gathered outside the old town hall.",
            "Coffee vendors did brisk business as people waited in the drizzle for the doors to open.",
            "A brass band played a few cheerful tunes while children chased pigeons across the square.",
            "Council decision",
            "The city council approved a plan to build a solar battery storage plant on the edge of town.",
            "The solar battery storage plant will store power from rooftop panels for use at night.",
            "Council members said the battery storage plan would cut the city's power bills by a fifth.",
            "Photo: the town hall square on the morning of the solar storage vote.",
            "IMPORTANT NOTICE FOR ALL READERS OF THIS PAGE ABOUT SOLAR STORAGE.",
            "Officials expect the solar storage plant to open in 2026 and to power ten thousand homes.",
            "The solar battery storage plant will store power from rooftop panels for use at night.",
            "Critics of the plan questioned whether battery storage costs would fall as quickly as promised.",
            "Read more about the solar battery storage plan:",
            "https://news.example/solar-battery-storage-plan-details-and-documents",
            "The band packed up its instruments and left the square shortly before noon.",
            "The council will publish the full solar battery storage plan and its budget next month.",
        ])
    { Language = "en" };

    /// <summary>Quoted speech, attributed statements and an over-long sentence with a quoted span.</summary>
    public static Article WithSpeech() => new(
        "https://news.example/bridge",
        "New bridge opens after years of delays",
        [
            "The new bridge across the river opened to traffic on Monday after years of delays and rising costs.",
            "The bridge links the northern districts with the city centre and is expected to carry thirty thousand vehicles a day.",
            "“We have waited a long time for this bridge, and today the wait is finally over,” said Mayor Ana Ruiz at the opening ceremony.",
            "According to the transport authority, journey times between the districts will fall by a third.",
            "Construction began in 2019 and the bridge was originally due to open in 2022.",
            "The delays were caused by flooding, by a dispute with the main contractor, by supply problems with steel "
                + "during the pandemic, and by a redesign of the southern ramp that engineers ordered after tests, which "
                + "the chief engineer summed up to the council as \"The river taught us more about humility than any project "
                + "I have worked on in thirty years\", and the council accepted the report without a vote at a long meeting.",
            "Traffic on the old bridge is expected to drop sharply in the coming weeks as drivers switch routes.",
        ])
    { Language = "en" };

    /// <summary>One sentence on nuclear fusion as a phrase; others with the words scattered or missing.</summary>
    public static Article Science() => new(
        "https://news.example/lab",
        "A busy year at the national laboratory",
        [
            "The national laboratory published its annual report on Tuesday with a long list of projects.",
            "The nuclear plant next to the campus closed last spring, and a new cafe serving fusion dishes opened in its canteen.",
            "Researchers reported steady progress on nuclear fusion, reaching a record plasma temperature in their reactor.",
            "The laboratory also hired forty new engineers and opened a second building for its computing teams.",
            "Funding for the computing teams rose by ten percent compared with the previous year.",
            "Visitors can tour the campus on the first Saturday of each month without booking in advance.",
        ])
    { Language = "en" };
}
