using Mentorship.Domain.Common;

namespace Mentorship.Domain.Reporting;

/// <summary>
/// A reporting request (запрос в ОО): a municipality's or the region's request to its educational organisations for
/// the figures of calendar year <see cref="Year"/>, answered by a deadline. One answer per organisation in scope is
/// created when it is sent; the daily job marks the request overdue once its deadline has passed.
/// </summary>
public class ReportingRequest : AuditableEntity
{
    private ReportingRequest()
    {
        Title = null!;
    }

    public ReportingRequest(Guid regionId, Guid? municipalityId, int year, string title, DateOnly deadline, ReportingSection sections, DateTimeOffset sentAt)
    {
        RegionId = Check.NotEmpty(regionId, "regionId");
        MunicipalityId = municipalityId;
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Deadline = deadline;
        if ((sections & All) == 0 || (sections & ~All) != 0)
        {
            throw new DomainException(ErrorCodes.Reporting.NoSections, "sections");
        }

        Sections = sections;
        SentAt = sentAt;
    }

    public const ReportingSection All = ReportingSection.HeadCounts | ReportingSection.AdditionalEducation | ReportingSection.Retention
                                        | ReportingSection.Contests | ReportingSection.Dissemination | ReportingSection.LearningDynamics;

    public Guid RegionId { get; private set; }

    /// <summary>The municipality whose organisations were asked; null for the whole region.</summary>
    public Guid? MunicipalityId { get; private set; }

    /// <summary>The monitoring (calendar) year the figures are for.</summary>
    public int Year { get; private set; }

    public string Title { get; private set; }

    /// <summary>The last day of answering, in the region's time zone.</summary>
    public DateOnly Deadline { get; private set; }

    public ReportingSection Sections { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>Set by the daily job once the deadline day is over.</summary>
    public bool IsOverdue { get; private set; }

    public bool Asks(ReportingSection section) => (Sections & section) == section;

    /// <summary>Overdue the day after the deadline (<paramref name="today"/> in the region's zone). Returns whether the flag changed.</summary>
    public bool RefreshOverdue(DateOnly today)
    {
        if (IsOverdue || today <= Deadline)
        {
            return false;
        }

        IsOverdue = true;
        return true;
    }
}
