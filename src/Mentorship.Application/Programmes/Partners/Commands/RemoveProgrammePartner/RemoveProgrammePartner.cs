using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents;
using Mentorship.Application.Programmes.Partners.Commands.AddProgrammePartner;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Partners.Commands.RemoveProgrammePartner;

/// <summary>Removes a partner from the programme; the organisation itself stays.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveProgrammePartnerCommand(Guid ProgrammeId, Guid OrganizationId) : IRequest<ProgrammeDto>;

internal sealed class RemoveProgrammePartnerHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper)
    : IRequestHandler<RemoveProgrammePartnerCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(RemoveProgrammePartnerCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithPartnersAsync(request.ProgrammeId, cancellationToken);
        var partner = programme.Partners.SingleOrDefault(p => p.OrganizationId == request.OrganizationId)
                      ?? throw new NotFoundException(nameof(ProgrammePartner), request.OrganizationId);
        programme.RemovePartner(request.OrganizationId);
        db.Audit(user, time, AuditAction.Delete, partner, PartnerAudit.Removed, $"{programme.Id} {request.OrganizationId}");
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
