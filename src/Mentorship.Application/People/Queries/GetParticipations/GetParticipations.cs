using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetParticipations;

/// <summary>
/// The person's participation history across years, programmes, forms and roles, readable by whoever may see
/// the person — including places in other organisations' (network) programmes.
/// </summary>
[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetParticipationsQuery(Guid PersonId) : IRequest<IReadOnlyList<ParticipationDto>>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetParticipationsHandler(IApplicationDbContext db) : IRequestHandler<GetParticipationsQuery, IReadOnlyList<ParticipationDto>>
{
    public async Task<IReadOnlyList<ParticipationDto>> Handle(GetParticipationsQuery request, CancellationToken cancellationToken)
    {
        await PersonReads.EnsureExistsAsync(db, request.PersonId, cancellationToken);
        // The person is in scope; the programmes they took part in may belong to other organisations.
        return await (
                from member in db.GroupMembers.IgnoreQueryFilters()
                join grp in db.MentoringGroups.IgnoreQueryFilters() on member.GroupId equals grp.Id
                join programme in db.Programmes.IgnoreQueryFilters() on grp.ProgrammeId equals programme.Id
                where member.PersonId == request.PersonId
                orderby member.JoinedAt descending, grp.Id
                select new ParticipationDto(
                    programme.Id, programme.Title, programme.OrganizationId, programme.StartYear, grp.Id, grp.Form, grp.Format,
                    member.Role, grp.Status, member.JoinedAt, member.LeftAt, member.LeaveReason))
            .ToListAsync(cancellationToken);
    }
}
