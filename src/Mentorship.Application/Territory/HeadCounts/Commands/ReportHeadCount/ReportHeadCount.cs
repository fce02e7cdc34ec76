using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;

/// <summary>
/// Reports an organisation's head-count for an academic year. Reports are kept: the latest for a year is the
/// one that counts, and the earlier ones stay as history.
/// </summary>
[Authorize(Roles = $"{Roles.OrganizationStaff},{Roles.IntegrationClient}")]
public sealed record ReportHeadCountCommand(
    AcademicYear? AcademicYear,
    int? PupilsTotal,
    int? PupilsInAgeBand,
    int? AdditionalEducationPupils,
    int? TeachersTotal,
    int? TeachersUnder35,
    int? YoungSpecialists) : IRequest<HeadCountDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OrganizationId { get; init; }
}

internal sealed class ReportHeadCountHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time) : IRequestHandler<ReportHeadCountCommand, HeadCountDto>
{
    public async Task<HeadCountDto> Handle(ReportHeadCountCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
                           ?? throw new NotFoundException(nameof(Organization), request.OrganizationId);
        var figures = new HeadCountFigures(
            request.PupilsTotal!.Value,
            request.PupilsInAgeBand!.Value,
            request.AdditionalEducationPupils ?? 0,
            request.TeachersTotal!.Value,
            request.TeachersUnder35!.Value,
            request.YoungSpecialists!.Value);
        var headCount = organization.ReportHeadCount(request.AcademicYear!.Value, figures, HeadCountSource.Manual, time.GetUtcNow(), user.Id);
        db.HeadCounts.Add(headCount);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HeadCountDto>(headCount);
    }
}
