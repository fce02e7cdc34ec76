using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.RemoveLaunchCondition;

public enum LaunchConditionPart
{
    Team = 1,
    Tasks,
    Documents,
}

/// <summary>Removes a team member, a task or a document of the launch conditions.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveLaunchConditionCommand(Guid ProgrammeId, LaunchConditionPart Part, Guid ItemId) : IRequest<ProgrammeDto>;

internal sealed class RemoveLaunchConditionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper)
    : IRequestHandler<RemoveLaunchConditionCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(RemoveLaunchConditionCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        if (request.Part == LaunchConditionPart.Documents && programme.Documents.SingleOrDefault(d => d.Id == request.ItemId) is { } document)
        {
            db.Audit(user, time, AuditAction.Delete, document, DocumentAccess.Removed, $"Programme {programme.Id} {document.Kind}");
        }

        var removed = request.Part switch
        {
            LaunchConditionPart.Team => programme.RemoveTeamMember(request.ItemId),
            LaunchConditionPart.Tasks => programme.RemoveTask(request.ItemId),
            _ => programme.RemoveDocument(request.ItemId),
        };
        if (!removed)
        {
            throw new NotFoundException(request.Part.ToString(), request.ItemId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
