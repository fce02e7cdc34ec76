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
/// <param name="AcademicYear">Academic year (учебный год) the figures are for, such as "2024/2025".</param>
/// <param name="PupilsTotal">Pupils total (обучающихся всего); 0 or more.</param>
/// <param name="PupilsInAgeBand">
/// Pupils of the region's age band (10–18 by default): the denominator of pupil coverage; 0 to pupilsTotal.
/// </param>
/// <param name="AdditionalEducationPupils">
/// Children enrolled in additional-education programmes (дополнительное образование); 0 when omitted.
/// </param>
/// <param name="TeachersTotal">Teachers total (педагогов всего); 0 or more.</param>
/// <param name="TeachersUnder35">
/// Teachers under 35 (педагоги в возрасте до 35 лет): the denominator of young-teacher coverage; 0 to teachersTotal.
/// </param>
/// <param name="YoungSpecialists">
/// Young specialists (молодые специалисты, under 3 years of pedagogical experience); 0 to teachersTotal.
/// </param>
/// <param name="AdditionalEducationPupilsMentored">
/// Of the children enrolled in additional-education programmes, those who are mentees in any programme (whoever runs
/// it); 0 when omitted, at most additionalEducationPupils.
/// </param>
[Authorize(Roles = $"{Roles.OrganizationStaff},{Roles.IntegrationClient}")]
public sealed record ReportHeadCountCommand(
    AcademicYear? AcademicYear,
    int? PupilsTotal,
    int? PupilsInAgeBand,
    int? AdditionalEducationPupils,
    int? TeachersTotal,
    int? TeachersUnder35,
    int? YoungSpecialists,
    int? AdditionalEducationPupilsMentored = null) : IRequest<HeadCountDto>
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
            request.YoungSpecialists!.Value,
            request.AdditionalEducationPupilsMentored ?? 0);
        var headCount = organization.ReportHeadCount(request.AcademicYear!.Value, figures, HeadCountSource.Manual, time.GetUtcNow(), user.Id);
        db.HeadCounts.Add(headCount);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HeadCountDto>(headCount);
    }
}
