using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting;

/// <summary>The reads the reporting use cases share: a request or an answer within the caller's scope, as its DTO.</summary>
internal static class ReportingReads
{
    public static IReadOnlyList<ReportingSection> SectionsOf(ReportingSection sections) =>
        Enum.GetValues<ReportingSection>().Where(s => (sections & s) == s).ToList();

    public static ReportingSection Combine(IEnumerable<ReportingSection> sections) => sections.Aggregate((ReportingSection)0, (all, s) => all | s);

    /// <summary>The requests of a query as DTOs, with the counts of the answers the caller sees.</summary>
    public static async Task<List<ReportingRequestDto>> RequestDtosAsync(IApplicationDbContext db, IQueryable<ReportingRequest> requests, CancellationToken cancellationToken)
    {
        var rows = await requests.Select(r => new
        {
            Request = r,
            Organizations = db.ReportingResponses.Count(a => a.RequestId == r.Id),
            Submitted = db.ReportingResponses.Count(a => a.RequestId == r.Id
                                                         && (a.Status == ReportingResponseStatus.Submitted || a.Status == ReportingResponseStatus.Accepted)),
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new ReportingRequestDto(
            r.Request.Id, r.Request.RegionId, r.Request.MunicipalityId, r.Request.Year, r.Request.Title, r.Request.Deadline,
            SectionsOf(r.Request.Sections), r.Request.SentAt, r.Request.IsOverdue, r.Organizations, r.Submitted, r.Organizations - r.Submitted,
            r.Request.Version)).ToList();
    }

    public static async Task<ReportingRequestDto> RequestDtoAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await RequestDtosAsync(db, db.ReportingRequests.AsNoTracking().Where(r => r.Id == id), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException(nameof(ReportingRequest), id);

    public static IQueryable<ReportingResponseDto> ResponseDtos(IApplicationDbContext db, IQueryable<ReportingResponse> responses) =>
        from a in responses
        join o in db.Organizations on a.OrganizationId equals o.Id
        orderby o.Name, a.Id
        select new ReportingResponseDto
        {
            Id = a.Id,
            RequestId = a.RequestId,
            OrganizationId = a.OrganizationId,
            OrganizationName = o.Name,
            Status = a.Status,
            IsOverdue = a.IsOverdue,
            SubmittedAt = a.SubmittedAt,
            Submissions = a.Submissions,
            ReturnedAt = a.ReturnedAt,
            ReturnComment = a.ReturnComment,
            AcceptedAt = a.AcceptedAt,
            HeadCounts = a.HeadCounts,
            AdditionalEducation = a.AdditionalEducation,
            Retention = a.Retention,
            Contests = a.Contests,
            Dissemination = a.Dissemination,
            LearningDynamics = a.LearningDynamics,
            Version = a.Version,
        };

    public static async Task<ReportingResponseDto> ResponseDtoAsync(IApplicationDbContext db, Guid requestId, Guid organizationId, CancellationToken cancellationToken) =>
        await ResponseDtos(db, db.ReportingResponses.AsNoTracking().Where(a => a.RequestId == requestId && a.OrganizationId == organizationId))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(ReportingResponse), organizationId);

    /// <summary>
    /// An organisation's answer to a request, tracked for a change, with its request: 404 when either lies outside the
    /// caller's scope, 412 when the caller's version is stale.
    /// </summary>
    public static async Task<ReportingResponse> ResponseForUpdateAsync(IApplicationDbContext db, Guid requestId, Guid organizationId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var response = await db.ReportingResponses.Include(a => a.Request)
                           .SingleOrDefaultAsync(a => a.RequestId == requestId && a.OrganizationId == organizationId && db.ReportingRequests.Any(r => r.Id == requestId), cancellationToken)
                       ?? throw new NotFoundException(nameof(ReportingResponse), organizationId);
        if (expectedVersion is { } expected && expected != response.Version)
        {
            throw new PreconditionFailedException();
        }

        return response;
    }
}
