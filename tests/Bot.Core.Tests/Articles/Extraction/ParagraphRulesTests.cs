using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>The rules that judge one written paragraph by its text.</summary>
public sealed class ParagraphRulesTests
{
    [Theory]
    [InlineData("Read more: Recognizing Germany's colonial crimes")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("Lire aussi : le conseil reporte le vote")]
    [InlineData("Le puede interesar")]
    [InlineData("PUEDES VER: ¿Qué es la Sunedu?")]
    [InlineData("Leggi anche")]
    [InlineData("Leia também: o conselho adia a votação")]
    [InlineData("Lees ook: de raad stelt de stemming uit")]
    [InlineData("Tags: budget, council, vote")]
    [InlineData("Keine Kommentare")]
    [InlineData("Kommentare (3)")]
    [InlineData("Aktualisiert: 03.04.2020, 12:35")]
    [InlineData("Publiziert: 03.04.2020, 12:35")]
    [InlineData("Telefon: +49 40 300 30")]
    [InlineData("© 2024 The Town Gazette")]
    [InlineData("» Weiterlesen")]
    [InlineData("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE DOE")]
    [InlineData("Letzte Aktualisierung am 2.02.2022 / Bilder von der Produkt-API")]
    [InlineData("budget.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm")]
    [InlineData("Schon gelesen?")]
    [InlineData("Neueste Artikel")]
    [InlineData("VEA TAMBIÉN: El consejo aplaza la votación")]
    [InlineData("Diskutieren Sie mit uns")]
    [InlineData("ANZEIGE - Heute mal ausgehen? Wie wäre es mit:")]
    [InlineData("Advertising disclosure: We may receive compensation for some of the links in our stories.")]
    [InlineData("Advertisement")]
    [InlineData("– Reklama –")]
    [InlineData("Gefällt mir")]
    [InlineData("Bild anzeigen")]
    [InlineData("Bild anzeigen Bild schließen")]
    [InlineData("View this image ›")]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für eine Marke, die wir mögen.")]
    [InlineData("Like Loading...")]
    [InlineData("Gefällt mir Lade…")]
    [InlineData("Beitrag teilen")]
    [InlineData("(Alle Angaben ohne Gewähr)")]
    [InlineData("Zum Shop")]
    [InlineData("Vorschau auf den nächsten Artikel")]
    [InlineData("Originalartikel:")]
    public void Furniture_lines_are_recognised_in_several_languages(string line) =>
        Assert.True(FurnitureLines.IsFurniture(line), line);

    [Theory]
    [InlineData("Kommentare sind auf dieser Seite willkommen, solange sie sachlich bleiben und niemanden beleidigen.")]
    [InlineData("Tagsüber war es warm.")]
    [InlineData("Like many of his neighbours, he left the town in 1990.")]
    [InlineData("Anzeige erstattet.")]
    [InlineData("Likes and shares are not a measure of truth.")]
    [InlineData("Standard procedures were followed by the council.")]
    [InlineData("The council met on Tuesday evening to discuss the new budget.")]
    [InlineData("The mayor - who was updated on the plans - said the vote would wait.")]
    [InlineData("Anzeige gegen Unbekannt erstattet")]
    [InlineData("Werbung für Zigaretten ist seit 2007 verboten.")]
    [InlineData("Advertisements for the new budget ran in three papers.")]
    public void Prose_that_begins_like_a_label_is_kept(string line) =>
        Assert.False(FurnitureLines.IsFurniture(line), line);

    [Theory]
    [InlineData("Foto: dpa")]
    [InlineData("Bild: Werk/Christian Houdek")]
    [InlineData("Crédits photos : Bestimage")]
    [InlineData("Weltspitze der Junioren angekommen. (Foto: Privat)")]
    [InlineData("Premio Nobel de la Paz (REUTERS/Denis Balibouse)")]
    [InlineData("Große Beckenkreise stabilisieren, kleine mobilisieren. © Pferderevue")]
    [InlineData("Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.")]
    [InlineData("Abbildung 4: klassische Schwachschicht.")]
    [InlineData("Fig. 2: The council chamber after the renovation")]
    [InlineData("Photograph by Ed Marshall, Redonda Restoration Programme")]
    [InlineData("Foto von Anna Muster")]
    public void Photo_credits_are_recognised(string line) => Assert.True(CreditLines.IsCredit(line), line);

    [Theory]
    [InlineData("The photo shows the council chamber, which was renovated last year.")]
    [InlineData("Das Bild zeigt den Ratssaal (renoviert im Jahr 2019) am Dienstag.")]
    [InlineData("Figures published on Monday show the deficit has doubled.")]
    [InlineData("Photos by the hundred were posted online within the hour.")]
    public void Sentences_about_photos_are_not_credits(string line) => Assert.False(CreditLines.IsCredit(line), line);

    [Theory]
    [InlineData("7. oktober 2020")]
    [InlineData("03.04.2020")]
    [InlineData("Wednesday, May 31, 2023 5:27 am")]
    [InlineData("Aktualisiert am 31. Mai um 10:12 Uhr")]
    [InlineData("12 marca 2021")]
    public void Date_stamps_are_recognised(string line) => Assert.True(DateLines.IsDateOnly(line), line);

    [Theory]
    [InlineData("2014")]
    [InlineData("63")]
    [InlineData("May the council decide by 2025?")]
    [InlineData("On 31 May 2023 the council voted.")]
    public void Numbers_and_sentences_with_dates_are_not_stamps(string line) =>
        Assert.False(DateLines.IsDateOnly(line), line);

    [Theory]
    [InlineData("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par")]
    [InlineData("Redaktion - 31. Januar 2022")]
    [InlineData("By • 11/08/23 5:19pm")]
    [InlineData("24. März 2004, 19:49 | Genesis")]
    public void Dateline_rows_of_a_stamp_and_short_names_are_recognised(string line) =>
        Assert.True(DateLines.IsStampRow(line), line);

    [Theory]
    [InlineData("31. Januar 2022")]
    [InlineData("Der Rat tagte am 31. Januar 2022 - und stimmte dem Haushalt nach langer Debatte zu.")]
    [InlineData("31. Januar 2022 - Der Rat stimmte dem Haushalt zu. Die Opposition war dagegen.")]
    [InlineData("Mayor | Council | Budget")]
    public void A_stamp_alone_a_sentence_or_a_row_without_a_stamp_is_no_dateline_row(string line) =>
        Assert.False(DateLines.IsStampRow(line), line);

    [Theory]
    [InlineData("Auskunft über vergangenes Wetter… mehr •••")]
    [InlineData("Fundacja odpowiada na zarzuty [więcej]")]
    [InlineData("The council met again on Tuesday... Read more »")]
    public void Teasers_closed_by_a_more_link_are_recognised(string line) => Assert.True(TeaserLines.IsTeaser(line), line);

    [Fact]
    public void A_sentence_ending_in_more_is_not_a_teaser() =>
        Assert.False(TeaserLines.IsTeaser("Residents said they wanted to hear more."));

    [Fact]
    public void A_cjk_character_weighs_as_much_as_a_short_word() =>
        Assert.Equal(3 * 11 + 2, TextWeight.Of("市议会周二晚上开会讨论 ."));

    [Theory]
    [InlineData("DHB jetzt auch digital! Einfach hier klicken und registrieren!")]
    [InlineData("We want to hear what you think about this article. Submit a letter to the editor.")]
    [InlineData("Du möchtest mitmachen? Dann hinterlasse einen Kommentar unter diesem Beitrag.")]
    [InlineData("Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY.")]
    [InlineData("Abonnez-vous à notre lettre d'information.")]
    [InlineData("Felix Losada\nE-Mail: press@example.org\nTelefon: +49 40 300 30")]
    [InlineData("Read more on harbour-gazette.com every morning.")]
    [InlineData("(Alle Angaben ohne Gewähr)")]
    [InlineData("Bei den Verlinkungen handelt es sich um Affiliate-Links.")]
    [InlineData("SUGGESTED CITATION Doe, Jane: Council delays budget vote, Harbour Gazette, 2020/4/09")]
    [InlineData("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.")]
    [InlineData("¡Mira lo que tiene nuestro canal de YouTube!")]
    [InlineData("Dieses Skript als PDF herunterladen")]
    public void Lines_about_the_site_are_closing_lines(string line) =>
        Assert.True(new ClosingLines("https://www.harbour-gazette.com/a").IsClosing(line), line);

    [Theory]
    [InlineData("The council will vote again in March, the mayor said.")]
    [InlineData("Questions can be sent to the clerk at council@harbour-gazette.com before the vote.")]
    public void Story_lines_are_not_closing_lines(string line) =>
        Assert.False(new ClosingLines("https://www.harbour-gazette.com/a").IsClosing(line), line);
}
