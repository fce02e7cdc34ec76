using Mentorship.Domain.Reporting;

namespace Mentorship.Application.Reporting.Queries.GetReportingRequest;

/// <summary>A reporting request (запрос в ОО) with how many of the organisations asked have submitted.</summary>
/// <param name="Id">The request.</param>
/// <param name="RegionId">The region (субъект РФ) of the request.</param>
/// <param name="MunicipalityId">The municipality whose organisations were asked; null for the whole region.</param>
/// <param name="Year">The calendar (monitoring) year the figures are for.</param>
/// <param name="Title">What the request is, as its sender named it.</param>
/// <param name="Deadline">The last day of answering, in the region's time zone.</param>
/// <param name="Sections">The sections the organisations are asked to fill.</param>
/// <param name="SentAt">When the request was sent.</param>
/// <param name="IsOverdue">The deadline has passed (set by the daily job).</param>
/// <param name="Organizations">Answers (organisations asked) the caller sees.</param>
/// <param name="Submitted">Of them, submitted or accepted.</param>
/// <param name="NotSubmitted">Of them, not submitted (not started, draft or returned).</param>
/// <param name="Version">The version (the ETag's value).</param>
public sealed record ReportingRequestDto(
    Guid Id,
    Guid RegionId,
    Guid? MunicipalityId,
    int Year,
    string Title,
    DateOnly Deadline,
    IReadOnlyList<ReportingSection> Sections,
    DateTimeOffset SentAt,
    bool IsOverdue,
    int Organizations,
    int Submitted,
    int NotSubmitted,
    long Version);
