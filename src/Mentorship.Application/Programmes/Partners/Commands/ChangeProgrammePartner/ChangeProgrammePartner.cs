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
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Partners.Commands.ChangeProgrammePartner;

/// <summary>Changes what a partner brings to the programme.</summary>
/// <param name="Role">What the partner brings, in the curator's words; optional (null clears it), up to 500 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ChangeProgrammePartnerCommand(string? Role) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OrganizationId { get; init; }
}

internal sealed class ChangeProgrammePartnerHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper)
    : IRequestHandler<ChangeProgrammePartnerCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(ChangeProgrammePartnerCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithPartnersAsync(request.ProgrammeId, cancellationToken);
        if (!programme.ChangePartnerRole(request.OrganizationId, request.Role))
        {
            throw new NotFoundException(nameof(ProgrammePartner), request.OrganizationId);
        }

        db.Audit(user, time, AuditAction.Update, programme.Partners.Single(p => p.OrganizationId == request.OrganizationId), PartnerAudit.RoleChanged, request.Role);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
