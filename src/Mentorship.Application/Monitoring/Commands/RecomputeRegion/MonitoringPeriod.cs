using Mentorship.Domain.Common;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// The dates the computation rules of a monitoring year Y turn on (DESIGN.md, "Computation rules"), worked out
/// once so that every query compares plain dates.
/// </summary>
public sealed record MonitoringPeriod(int Year, int PupilAgeFrom, int PupilAgeTo)
{
    /// <summary>1 January Y: a pair or group counts when active on at least one day from here …</summary>
    public DateOnly Start => new(Year, 1, 1);

    /// <summary>… to 31 December Y.</summary>
    public DateOnly End => new(Year, 12, 31);

    /// <summary>Ages are in full years on 1 September Y.</summary>
    public DateOnly AgeDate => new(Year, 9, 1);

    /// <summary>Aged at least <see cref="PupilAgeFrom"/> on the age date: born on or before this day.</summary>
    public DateOnly PupilBornOnOrBefore => AgeDate.AddYears(-PupilAgeFrom);

    /// <summary>Aged at most <see cref="PupilAgeTo"/> on the age date: born after this day.</summary>
    public DateOnly PupilBornAfter => AgeDate.AddYears(-(PupilAgeTo + 1));

    /// <summary>Teachers under 35 on the age date: born after this day.</summary>
    public DateOnly YoungTeacherBornAfter => AgeDate.AddYears(-35);

    /// <summary>The head-count of the academic year that starts in September Y …</summary>
    public AcademicYear HeadCountYear => new(Year);

    /// <summary>… else the one that starts in September Y−1.</summary>
    public AcademicYear FallbackHeadCountYear => new(Year - 1);

    /// <summary>Criterion 4's cohort: young specialists hired in Y−5 … Y−3.</summary>
    public DateOnly CohortHiredFrom => new(Year - 5, 1, 1);

    public DateOnly CohortHiredTo => new(Year - 3, 12, 31);

    /// <summary>A teacher with under 3 years in the organisation on 31 December Y was hired after this day.</summary>
    public DateOnly Under3YearsHiredAfter => End.AddYears(-3);

    /// <summary>
    /// Criterion 5's young specialists of Y: hired as young specialists (under 3 years of experience) within the three
    /// years up to 31 December Y, i.e. after this day.
    /// </summary>
    public DateOnly YoungSpecialistHiredAfter => End.AddYears(-3);
}
