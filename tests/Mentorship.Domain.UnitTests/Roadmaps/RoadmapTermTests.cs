using Mentorship.Domain.Roadmaps;

namespace Mentorship.Domain.UnitTests.Roadmaps;

/// <summary>The deadlines of seed 004's roadmap (and the terms its neighbours write), read as schedules.</summary>
public class RoadmapTermTests
{
    [TestCase("12 марта 2020 года", RoadmapScheduleKind.Date, "2020-03-12")]
    [TestCase("До 30 апреля 2020 года", RoadmapScheduleKind.Date, "2020-04-30")]
    [TestCase("Май 2020 года", RoadmapScheduleKind.Month, "2020-05-31")]
    [TestCase("1 сентября 2020 года", RoadmapScheduleKind.Date, "2020-09-01")]
    [TestCase("До 25 мая 2020 года", RoadmapScheduleKind.Date, "2020-05-25")]
    [TestCase("Ноябрь-декабрь 2020 года", RoadmapScheduleKind.MonthRange, "2020-12-31")]
    [TestCase("апрель–декабрь 2020 г.", RoadmapScheduleKind.MonthRange, "2020-12-31")]
    [TestCase("в мае 2021 года", RoadmapScheduleKind.Month, "2021-05-31")]
    [TestCase("20.05.2020", RoadmapScheduleKind.Date, "2020-05-20")]
    [TestCase("II квартал 2021 года", RoadmapScheduleKind.Quarter, "2021-06-30")]
    [TestCase("4 квартал 2022", RoadmapScheduleKind.Quarter, "2022-12-31")]
    [TestCase("В течение 2021 года", RoadmapScheduleKind.Year, "2021-12-31")]
    [TestCase("2024 год", RoadmapScheduleKind.Year, "2024-12-31")]
    public void A_one_off_term_is_due_on_its_last_day(string written, RoadmapScheduleKind kind, string due)
    {
        var schedule = RoadmapTerm.Parse(written);

        schedule.Should().Be(new RoadmapSchedule(kind, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));
        schedule.IsRecurring.Should().BeFalse();
    }

    [TestCase("Ежемесячно", RoadmapScheduleKind.Monthly, null)]
    [TestCase("ежеквартально", RoadmapScheduleKind.Quarterly, null)]
    [TestCase("Ежегодно", RoadmapScheduleKind.Annually, null)]
    [TestCase("в течение года", RoadmapScheduleKind.Annually, null)]
    [TestCase("ежегодно, май", RoadmapScheduleKind.AnnuallyInMonth, 5)]
    [TestCase("Ежегодно в сентябре", RoadmapScheduleKind.AnnuallyInMonth, 9)]
    [TestCase("ежегодно (декабрь)", RoadmapScheduleKind.AnnuallyInMonth, 12)]
    public void A_recurring_term_has_no_fixed_date(string written, RoadmapScheduleKind kind, int? month)
    {
        var schedule = RoadmapTerm.Parse(written);

        schedule.Should().Be(new RoadmapSchedule(kind, null, month));
        schedule.IsRecurring.Should().BeTrue();
    }

    [TestCase("По отдельному плану", RoadmapScheduleKind.NoFixedDate)]
    [TestCase("По отдельному плану-графику", RoadmapScheduleKind.NoFixedDate)]
    [TestCase("по мере необходимости", RoadmapScheduleKind.NoFixedDate)]
    [TestCase("Май", RoadmapScheduleKind.Unrecognised)]
    [TestCase("12 марта", RoadmapScheduleKind.Unrecognised)]
    [TestCase("31 февраля 2021 года", RoadmapScheduleKind.Unrecognised)]
    [TestCase("декабрь-ноябрь 2020 года", RoadmapScheduleKind.Unrecognised)]
    [TestCase("после каникул", RoadmapScheduleKind.Unrecognised)]
    public void A_term_without_a_date_is_kept_with_no_due_date_and_never_guessed(string written, RoadmapScheduleKind kind)
    {
        RoadmapTerm.Parse(written).Should().Be(new RoadmapSchedule(kind));
    }

    [Test]
    public void Occurrences_fall_at_the_end_of_their_month_quarter_or_year_within_the_period()
    {
        var october = new DateOnly(2024, 10, 1);

        RoadmapTerm.Parse("Ежемесячно").FirstDueOnOrAfter(october, 2024).Should().Be(new DateOnly(2024, 10, 31));
        RoadmapTerm.Parse("Ежемесячно").FirstDueOnOrAfter(new DateOnly(2024, 11, 1), 2024).Should().Be(new DateOnly(2024, 11, 30));
        RoadmapTerm.Parse("Ежеквартально").FirstDueOnOrAfter(october, 2024).Should().Be(new DateOnly(2024, 12, 31));
        RoadmapTerm.Parse("Ежегодно").FirstDueOnOrAfter(october, 2024).Should().Be(new DateOnly(2024, 12, 31));
        RoadmapTerm.Parse("ежегодно, май").FirstDueOnOrAfter(october, 2025).Should().Be(new DateOnly(2025, 5, 31));
        RoadmapTerm.Parse("ежегодно, май").FirstDueOnOrAfter(october, 2024).Should().BeNull("the period has no May left");
        RoadmapTerm.Parse("Май 2020 года").FirstDueOnOrAfter(october, 2024).Should().BeNull("a one-off term does not recur");
    }
}
