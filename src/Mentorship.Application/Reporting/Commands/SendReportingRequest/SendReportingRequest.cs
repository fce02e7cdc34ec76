using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Reporting;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Reporting.Commands.SendReportingRequest;

/// <summary>
/// A coordinator sends a reporting request (запрос в ОО) to the educational organisations of a municipality or of the
/// whole region: one answer, not started, for each organisation in scope (schools, СПО, ДО; not archived).
/// </summary>
/// <param name="RegionId">The region, for a request to the whole region (a regional coordinator's own when omitted).</param>
/// <param name="MunicipalityId">The municipality whose organisations are asked (a municipal coordinator's own when omitted).</param>
/// <param name="Year">The calendar (monitoring) year the figures are for.</param>
/// <param name="Title">What the request is, e.g. "Сведения для мониторинга ЦМН за 2024 год".</param>
/// <param name="Deadline">The last day of answering, in the region's time zone.</param>
/// <param name="Sections">The sections asked, at least one.</param>
[Authorize(Roles = Roles.Coordinators)]
public sealed record SendReportingRequestCommand(
    Guid? RegionId,
    Guid? MunicipalityId,
    int? Year,
    string? Title,
    DateOnly? Deadline,
    IReadOnlyList<ReportingSection>? Sections) : IRequest<ReportingRequestDto>;

internal sealed class SendReportingRequestHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<SendReportingRequestCommand, ReportingRequestDto>
{
    private static readonly OrganizationKind[] Asked = Enum.GetValues<OrganizationKind>().Where(k => k.CountsInOrganizationShares()).ToArray();

    public async Task<ReportingRequestDto> Handle(SendReportingRequestCommand request, CancellationToken cancellationToken)
    {
        var (regionId, municipalityId) = await TerritoryAsync(request, cancellationToken);
        var reportingRequest = new ReportingRequest(
            regionId, municipalityId, request.Year!.Value, request.Title!, request.Deadline!.Value, ReportingReads.Combine(request.Sections!), time.GetUtcNow());
        var organizations = await db.Organizations
            .Where(o => o.RegionId == regionId && (municipalityId == null || o.MunicipalityId == municipalityId) && !o.IsArchived && Asked.Contains(o.Kind))
            .Select(o => o.Id).ToListAsync(cancellationToken);
        if (organizations.Count == 0)
        {
            var field = municipalityId is null ? "regionId" : "municipalityId";
            throw new DomainConflictException(ErrorCodes.Reporting.NoOrganizations, field);
        }

        db.ReportingRequests.Add(reportingRequest);
        foreach (var organizationId in organizations)
        {
            db.ReportingResponses.Add(new ReportingResponse(reportingRequest.Id, organizationId));
        }

        ReportingAudit.Record(db, user, time, AuditAction.Create, reportingRequest, ReportingAudit.Sent, $"{organizations.Count} organisation(s)");
        await db.SaveChangesAsync(cancellationToken);
        return await ReportingReads.RequestDtoAsync(db, reportingRequest.Id, cancellationToken);
    }

    /// <summary>Whom the request goes to: a municipality the caller manages, else a region the caller manages (404 outside the caller's reach).</summary>
    private async Task<(Guid RegionId, Guid? MunicipalityId)> TerritoryAsync(SendReportingRequestCommand request, CancellationToken cancellationToken)
    {
        var municipalityId = request.MunicipalityId ?? (request.RegionId is null && user.IsInRole(Roles.MunicipalCoordinator) ? user.MunicipalityId : null);
        if (municipalityId is { } id)
        {
            var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Id, m.RegionId }).SingleOrDefaultAsync(cancellationToken);
            if (municipality is null || !user.CanManageMunicipality(municipality.Id, municipality.RegionId))
            {
                throw new NotFoundException(nameof(Municipality), id);
            }

            if (request.RegionId is { } regionGiven && regionGiven != municipality.RegionId)
            {
                throw new DomainException(ErrorCodes.Reporting.MunicipalityOutsideRegion, "municipalityId");
            }

            return (municipality.RegionId, municipality.Id);
        }

        var regionId = request.RegionId ?? user.RegionId ?? throw new DomainException(ErrorCodes.Reporting.TerritoryRequired, "regionId");
        if (!user.CanManageRegion(regionId) || !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw new NotFoundException(nameof(Region), regionId);
        }

        return (regionId, null);
    }
}
