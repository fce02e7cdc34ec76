using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentorship.Domain.Roadmaps;

/// <summary>
/// How the deadline (срок) of a roadmap item reads once parsed. One-off kinds have a fixed due date; recurring kinds
/// (ежемесячно, ежеквартально, ежегодно, ежегодно в мае) have a due date per occurrence; the last two kinds have none.
/// </summary>
public enum RoadmapScheduleKind
{
    /// <summary>A date («12 марта 2020 года», «до 30 апреля 2020 года», 20.05.2020): due that day.</summary>
    Date = 1,

    /// <summary>A month of a year («Май 2020 года»): due on its last day.</summary>
    Month,

    /// <summary>Months of a year («Ноябрь-декабрь 2020 года»): due on the last day of the last month.</summary>
    MonthRange,

    /// <summary>A quarter of a year («II квартал 2021 года»): due on its last day.</summary>
    Quarter,

    /// <summary>A year («2021 год», «в течение 2021 года»): due on 31 December.</summary>
    Year,

    /// <summary>Every month («Ежемесячно»): each occurrence due on the month's last day.</summary>
    Monthly,

    /// <summary>Every quarter («Ежеквартально»): each occurrence due on the quarter's last day.</summary>
    Quarterly,

    /// <summary>Every year («Ежегодно», «в течение года»): each occurrence due on 31 December.</summary>
    Annually,

    /// <summary>Every year in a given month («ежегодно, май»): each occurrence due on that month's last day.</summary>
    AnnuallyInMonth,

    /// <summary>A term with no date by its nature («по мере необходимости», «по отдельному плану»): no due date.</summary>
    NoFixedDate,

    /// <summary>A term the parser does not read: kept as written, with no due date (never guessed).</summary>
    Unrecognised,
}

/// <summary>
/// A parsed deadline: the kind, the fixed due date of a one-off term, and the month of an annual one.
/// </summary>
public readonly record struct RoadmapSchedule(RoadmapScheduleKind Kind, DateOnly? FixedDate = null, int? Month = null)
{
    public bool IsRecurring => Kind is RoadmapScheduleKind.Monthly or RoadmapScheduleKind.Quarterly
        or RoadmapScheduleKind.Annually or RoadmapScheduleKind.AnnuallyInMonth;

    /// <summary>
    /// The due date of the first occurrence of a recurring term on or after <paramref name="from"/>, up to the end of
    /// <paramref name="lastYear"/>; null when none is left (or the term is not recurring).
    /// </summary>
    public DateOnly? FirstDueOnOrAfter(DateOnly from, int lastYear)
    {
        DateOnly? due = Kind switch
        {
            RoadmapScheduleKind.Monthly => EndOfMonth(from.Year, from.Month),
            RoadmapScheduleKind.Quarterly => EndOfMonth(from.Year, ((from.Month - 1) / 3 * 3) + 3),
            RoadmapScheduleKind.Annually => new DateOnly(from.Year, 12, 31),
            RoadmapScheduleKind.AnnuallyInMonth when Month is { } month => EndOfMonth(from.Month > month ? from.Year + 1 : from.Year, month),
            _ => null,
        };
        return due is { } d && d.Year <= lastYear ? d : null;
    }

    internal static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}

/// <summary>
/// Reads the deadline of a roadmap item as seed 004 and its neighbours write it: «Ежемесячно», «Май 2020 года»,
/// «До 30 апреля 2020 года», «Ноябрь-декабрь 2020 года», «ежегодно, май», «в течение года», «по мере необходимости».
/// A month or a date without a year is not guessed from the period: it is <see cref="RoadmapScheduleKind.Unrecognised"/>.
/// </summary>
public static partial class RoadmapTerm
{
    private static readonly string[][] MonthForms =
    [
        ["январь", "января", "январе"], ["февраль", "февраля", "феврале"], ["март", "марта", "марте"],
        ["апрель", "апреля", "апреле"], ["май", "мая", "мае"], ["июнь", "июня", "июне"], ["июль", "июля", "июле"],
        ["август", "августа", "августе"], ["сентябрь", "сентября", "сентябре"], ["октябрь", "октября", "октябре"],
        ["ноябрь", "ноября", "ноябре"], ["декабрь", "декабря", "декабре"],
    ];

    private static readonly string[] NoFixedDateTerms =
    [
        "по мере необходимости", "по отдельному плану", "по отдельному плану-графику", "по отдельному графику",
        "постоянно", "в течение всего периода", "весь период",
    ];

    public static RoadmapSchedule Parse(string written)
    {
        var text = Normalise(written);
        if (text.Length == 0)
        {
            return new(RoadmapScheduleKind.Unrecognised);
        }

        switch (text)
        {
            case "ежемесячно":
                return new(RoadmapScheduleKind.Monthly);
            case "ежеквартально":
                return new(RoadmapScheduleKind.Quarterly);
            case "ежегодно" or "в течение года" or "в течение учебного года":
                return new(RoadmapScheduleKind.Annually);
        }

        if (NoFixedDateTerms.Contains(text))
        {
            return new(RoadmapScheduleKind.NoFixedDate);
        }

        return ParseAnnualMonth(text) ?? ParseDate(text) ?? ParseMonths(text) ?? ParseQuarter(text) ?? ParseYear(text)
            ?? new RoadmapSchedule(RoadmapScheduleKind.Unrecognised);
    }

    private static RoadmapSchedule? ParseAnnualMonth(string text)
    {
        var match = AnnualMonthPattern().Match(text);
        return match.Success && MonthOf(match.Groups["month"].Value) is { } month
            ? new RoadmapSchedule(RoadmapScheduleKind.AnnuallyInMonth, Month: month)
            : null;
    }

    private static RoadmapSchedule? ParseDate(string text)
    {
        var numeric = NumericDatePattern().Match(text);
        if (numeric.Success)
        {
            return DateOf(Number(numeric, "year"), Number(numeric, "month"), Number(numeric, "day"));
        }

        var words = WordDatePattern().Match(text);
        return words.Success && MonthOf(words.Groups["month"].Value) is { } month
            ? DateOf(Number(words, "year"), month, Number(words, "day"))
            : null;
    }

    private static RoadmapSchedule? ParseMonths(string text)
    {
        var match = MonthsPattern().Match(text);
        if (!match.Success || MonthOf(match.Groups["last"].Value) is not { } last)
        {
            return null;
        }

        var year = Number(match, "year");
        if (!InYearRange(year))
        {
            return null;
        }

        if (!match.Groups["first"].Success)
        {
            return new RoadmapSchedule(RoadmapScheduleKind.Month, RoadmapSchedule.EndOfMonth(year, last));
        }

        return MonthOf(match.Groups["first"].Value) is { } first && first < last
            ? new RoadmapSchedule(RoadmapScheduleKind.MonthRange, RoadmapSchedule.EndOfMonth(year, last))
            : null;
    }

    private static RoadmapSchedule? ParseQuarter(string text)
    {
        var match = QuarterPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var quarter = match.Groups["quarter"].Value switch
        {
            "i" or "1" => 1,
            "ii" or "2" => 2,
            "iii" or "3" => 3,
            "iv" or "4" => 4,
            _ => 0,
        };
        var year = Number(match, "year");
        return quarter > 0 && InYearRange(year) ? new RoadmapSchedule(RoadmapScheduleKind.Quarter, RoadmapSchedule.EndOfMonth(year, quarter * 3)) : null;
    }

    private static RoadmapSchedule? ParseYear(string text)
    {
        var match = YearPattern().Match(text);
        var year = match.Success ? Number(match, "year") : 0;
        return InYearRange(year) ? new RoadmapSchedule(RoadmapScheduleKind.Year, new DateOnly(year, 12, 31)) : null;
    }

    private static RoadmapSchedule? DateOf(int year, int month, int day) =>
        InYearRange(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new RoadmapSchedule(RoadmapScheduleKind.Date, new DateOnly(year, month, day))
            : null;

    private static bool InYearRange(int year) => year is >= Common.AcademicYear.MinStartYear and <= Common.AcademicYear.MaxStartYear + 1;

    private static int? MonthOf(string word)
    {
        var index = Array.FindIndex(MonthForms, forms => forms.Contains(word));
        return index < 0 ? null : index + 1;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Lower case, «ё» as «е», dashes as «-», one space between words, no trailing full stop or «года»/«г.».</summary>
    private static string Normalise(string written)
    {
        var text = written.Trim().ToLower(CultureInfo.GetCultureInfo("ru-RU")).Replace('ё', 'е').Replace('–', '-').Replace('—', '-');
        text = Spaces().Replace(text, " ");
        text = YearWord().Replace(text, string.Empty).TrimEnd('.', ' ');
        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // «2020 года», «2020 г.», «2020 г», «2020 год» at the end: the year stays, the word goes.
    [GeneratedRegex(@"(?<=\d{4})\s*(года|год|г\.?)\s*\.?$")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^ежегодно[,\s(]+(в\s+)?(?<month>[а-я]+)\)?$")]
    private static partial Regex AnnualMonthPattern();

    [GeneratedRegex(@"^((до|не позднее|к)\s+)?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})$")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"^((до|не позднее|к)\s+)?(?<day>\d{1,2})\s+(?<month>[а-я]+)\s+(?<year>\d{4})$")]
    private static partial Regex WordDatePattern();

    [GeneratedRegex(@"^(в\s+)?((?<first>[а-я]+)\s*-\s*)?(?<last>[а-я]+)\s+(?<year>\d{4})$")]
    private static partial Regex MonthsPattern();

    [GeneratedRegex(@"^(?<quarter>iv|iii|ii|i|[1-4])(-?й)?\s+квартал\s+(?<year>\d{4})$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(в течение\s+|в\s+)?(?<year>\d{4})$")]
    private static partial Regex YearPattern();
}
