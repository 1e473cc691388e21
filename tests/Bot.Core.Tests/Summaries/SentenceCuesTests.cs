using Bot.Core.Summaries.Offline;

namespace Bot.Core.Tests.Summaries;

public class SentenceCuesTests
{
    [Theory]
    [InlineData("Read more about the solar battery storage plan and its budget here.")]
    [InlineData("Sign up for our morning newsletter to get the news before breakfast.")]
    [InlineData("Follow us on social media for the latest updates from the council.")]
    [InlineData("For the full report and the council's documents, click here.")]
    [InlineData("Updated at 10:42 on Tuesday, March 3, after the council vote.")]
    [InlineData("Image copyright: the town hall square photographed by a resident.")]
    [InlineData("By Jane Smith, Staff Reporter")]
    [InlineData("© 2024 The Daily Example. All rights reserved.")]
    [InlineData("[What you need to know to start the day: Get New York Today in your inbox.]")]
    [InlineData("[Read the full interview with the mayor.]")]
    [InlineData("Lesen Sie auch: Wie die Stadt ihre Brücken saniert.")]
    [InlineData("Abonnieren Sie unseren Newsletter und verpassen Sie nichts.")]
    [InlineData("Von Anna Müller, Redakteurin")]
    [InlineData("À lire aussi : le budget de la ville pour 2025.")]
    [InlineData("Leer más: el presupuesto de la ciudad.")]
    [InlineData("Leggi anche: il bilancio del comune.")]
    [InlineData("Lees ook: de begroting van de stad.")]
    public void RecognisesPageFurniture(string sentence) => Assert.True(SentenceCues.IsBoilerplate(sentence));

    [Theory]
    [InlineData("The council approved the plan after a long debate on Tuesday.")]
    [InlineData("Readers of the report will find the budget in its second chapter.")]
    [InlineData("Byron Smith, the mayor, said the plan would be read more closely next year.")]
    public void LeavesArticleSentencesAlone(string sentence) => Assert.False(SentenceCues.IsBoilerplate(sentence));

    [Theory]
    [InlineData("Source: Supplied", true)]
    [InlineData("Credit Ashraf Shazly/Agence France-Presse — Getty Images", true)]
    [InlineData("CreditKirsten Luce for The New York Times", true)]
    [InlineData("(Thomas Coex/AFP/Getty Images)", true)]
    [InlineData("Hori Parata on the beach at Ngunguru Photograph: Jane Doe/The Guardian", true)]
    [InlineData("Ezra Acayan / Getty Images", true)]
    [InlineData("Credit card debt rose by 5% last year.", false)]
    [InlineData("The agency said so, according to Reuters.", false)]
    [InlineData("The mayor's photo was on every front page.", false)]
    public void RecognisesPhotoCredits(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceCues.IsPhotoCredit(sentence));

    [Theory]
    [InlineData("But the plan was not approved.", true)]
    [InlineData("However, critics disagreed.", true)]
    [InlineData("He said the vote was close.", true)]
    [InlineData("“It was close,” the mayor said.", true)]
    [InlineData("They will meet again next month.", true)]
    [InlineData("Helen Smith said the vote was close.", false)]
    [InlineData("The plan was approved.", false)]
    [InlineData("Theyre is no such word.", false)]
    public void SpotsOpenersThatLeanOnThePreviousSentence(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceCues.LeansOnContext(sentence));

    [Theory]
    [InlineData("LONDON — The council approved the plan.", "LONDON — ")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) — ")]
    [InlineData("NEW YORK – Shares rose on Monday.", "NEW YORK – ")]
    [InlineData("The council — after a long debate — approved it.", "")]
    [InlineData("A — B is a range.", "")]
    public void FindsALeadingDateline(string sentence, string dateline) =>
        Assert.Equal(dateline.Length, SentenceCues.DatelineLength(sentence));

    [Theory]
    [InlineData("Welchen Beitrag zum Klimaschutz leistet denn Ihre Forderung?", true)]
    [InlineData("Who is V. Stiviano?", true)]
    [InlineData("\"Why now?\"", true)]
    [InlineData("Neues Auto: Auto leasen oder kaufen: Für wen lohnt sich was?", true)]
    [InlineData("She asked why the bridge was closed.", false)]
    public void RecognisesQuestions(string sentence, bool question) => Assert.Equal(question, SentenceCues.IsQuestion(sentence));

    [Theory]
    [InlineData("He said the vote would be held next week.", true)]
    [InlineData("This means the bridge stays closed until spring.", true)]
    [InlineData("But the council disagreed with the engineers.", true)]
    [InlineData("Er sagte, die Abstimmung finde nächste Woche statt.", true)]
    [InlineData("Und deshalb freute sich der Trainer über den Sieg.", true)]
    [InlineData("Cependant, le conseil a refusé le projet.", true)]
    [InlineData("Sin embargo, el consejo rechazó el proyecto.", true)]
    [InlineData("Maar de gemeenteraad stemde tegen.", true)]
    [InlineData("The council said the vote would be held next week.", false)]
    [InlineData("Die Stadt hat die Brücke gesperrt.", false)]
    [InlineData("Het plan werd dinsdag goedgekeurd.", false)]
    public void RecognisesOpenersThatLeanOnThePreviousSentence(string sentence, bool leans) =>
        Assert.Equal(leans, SentenceCues.LeansOnContext(sentence));

    [Theory]
    [InlineData("(CNN) Donald Sterling's remarks cost him a team.", "Donald Sterling's remarks cost him a team.")]
    [InlineData("Rome (CNN) -- Italy is coping with a wave of migrants.", "Italy is coping with a wave of migrants.")]
    [InlineData("Hamburg (dpa/lno) – Trotz eines Gespräches bleiben die Fronten verhärtet.", "Trotz eines Gespräches bleiben die Fronten verhärtet.")]
    [InlineData("BANGKOK: Ein Video ist frei erfunden, sagte ein Sprecher.", "Ein Video ist frei erfunden, sagte ein Sprecher.")]
    [InlineData("(EFE).- Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones.", "Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones.")]
    [InlineData("The CNN (Cable News Network) reported it first.", "The CNN (Cable News Network) reported it first.")]
    public void CutsAgencyAndPlaceDatelines(string sentence, string bullet) =>
        Assert.Equal(bullet, sentence[SentenceCues.DatelineLength(sentence)..]);

    [Theory]
    [InlineData("Managua, Nicaragua 26, Abril, 2022 7:43 p.m.", true)]
    [InlineData("Berlin, 12. März 2024, 10:15 Uhr.", true)]
    [InlineData("The council met at 10:30 and voted to close the bridge for repairs.", false)]
    public void DateStampsAreFurniture(string sentence, bool furniture) => Assert.Equal(furniture, SentenceCues.IsFurniture(sentence));
}
