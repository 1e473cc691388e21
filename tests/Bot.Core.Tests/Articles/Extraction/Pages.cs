using System.Text;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>Builds small test pages around a body of real-looking article paragraphs.</summary>
internal static class Pages
{
    private static readonly string[] Sentences =
    [
        "The council met on Tuesday evening to discuss the new budget, which had been delayed for months.",
        "Residents who attended the meeting said they were worried about rising costs, falling services and the future of the library.",
        "After a long debate, the members agreed to postpone the vote until the auditors had finished their report.",
        "Several speakers pointed out that the town had managed similar crises before, often with fewer resources.",
        "The mayor, who has held the office since 2019, promised a public consultation before any final decision.",
    ];

    public static string Paragraph(int index) =>
        $"{Sentences[index % Sentences.Length]} {Sentences[(index + 2) % Sentences.Length]} Paragraph number {index}, for the record.";

    public static string ArticleParagraphs(int count = 6)
    {
        var html = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            html.Append("<p>").Append(Paragraph(i)).Append("</p>\n");
        }
        return html.ToString();
    }

    public static string Html(string body, string head = "<title>Council delays budget vote</title>") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";
}
