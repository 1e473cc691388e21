using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Recognises a paragraph that is only a date or time stamp ("03.04.2020", "7. oktober 2020", "Wednesday, May 31, 2023
/// 5:27 am", "Aktualisiert am 31. Mai um 10:12 Uhr"): every word is a number, a month, a weekday or a filler word.
/// </summary>
internal static partial class DateLines
{
    private const int MaxLength = 80;

    private static readonly string[] CalendarNames =
    [
        // months and their short forms: en, de, fr, es, it, pt, nl, pl (with Polish genitive forms)
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez", "mrz",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
        "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
        "novembro", "dezembro", "januari", "februari", "maart", "mei", "augustus", "stycznia", "lutego", "marca",
        "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
        "listopad", "grudzień",
        // weekdays
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
        "segunda", "terça", "quarta", "quinta", "sexta", "feira", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag",
    ];

    private static readonly string[] Fillers =
    [
        "am", "pm", "a.m", "p.m", "um", "uhr", "on", "at", "the", "of", "de", "del", "le", "el", "il", "à", "a", "h",
        "updated", "published", "posted", "modified", "last", "aktualisiert", "veröffentlicht", "erstellt", "stand",
        "zuletzt", "publié", "mis", "jour", "actualizado", "publicado", "aggiornato", "pubblicato", "atualizado",
        "em", "bijgewerkt", "gepubliceerd", "op", "om", "utc", "gmt", "cet", "cest", "mez", "mesz", "est", "edt", "pst",
        "pdt", "et", "bst", "r", "w", "dnia", "godz", "datum", "date", "fecha", "data",
    ];

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(CalendarNames.Concat(Fillers),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Month and weekday names: one of them, or a numeric date, makes a stamp (a bare "2014" or "63" may be
    /// data).</summary>
    private static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(CalendarNames,
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")]
    private static partial Regex NumericDate();

    /// <summary>A month or weekday name (or its short form) in one of the languages above.</summary>
    public static bool IsCalendarName(string word) => Calendar.Contains(word);

    private const int MaxRowLength = 160;

    private const int MaxNameWords = 4;

    /// <summary>A dateline row: a stamp set apart by bars or dots from a few short names ("Le Monde | 04.05.2015 à
    /// 13h36 • Mis à jour le 05.05.2015 | Par", "Reuters · May 5, 2015 · 3 min read").</summary>
    public static bool IsStampRow(string paragraph)
    {
        if (paragraph.Length > MaxRowLength || paragraph.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }
        var parts = paragraph.Split(RowSeparators.All, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return false;
        }
        var stamp = false;
        foreach (var part in parts)
        {
            if (IsDateOnly(part))
            {
                stamp = true;
            }
            else if (!IsShortName(part))
            {
                return false;
            }
        }
        return stamp;
    }

    /// <summary>A source, an author or a reading time: a few words, neither a question nor a cry ("Kwam.e", "J. Doe"
    /// are names).</summary>
    private static bool IsShortName(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords && part.AsSpan().IndexOfAny("!?") < 0;

    public static bool IsDateOnly(string paragraph)
    {
        if (paragraph.Length > MaxLength)
        {
            return false;
        }
        var calendar = false;
        var digits = false;
        var start = -1;
        for (var i = 0; i <= paragraph.Length; i++)
        {
            var letter = i < paragraph.Length && char.IsLetter(paragraph[i]);
            if (i < paragraph.Length && char.IsDigit(paragraph[i]))
            {
                digits = true;
            }
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = paragraph[start..i];
                if (!Words.Contains(word))
                {
                    return false;
                }
                calendar |= Calendar.Contains(word);
                start = -1;
            }
        }
        return digits && (calendar || NumericDate().IsMatch(paragraph));
    }
}
