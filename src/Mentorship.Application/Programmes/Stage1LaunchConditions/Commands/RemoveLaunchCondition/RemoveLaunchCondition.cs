using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;

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

internal sealed class RemoveLaunchConditionHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<RemoveLaunchConditionCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(RemoveLaunchConditionCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var exists = request.Part switch
        {
            LaunchConditionPart.Team => programme.TeamMembers.Any(m => m.Id == request.ItemId),
            LaunchConditionPart.Tasks => programme.Tasks.Any(t => t.Id == request.ItemId),
            _ => programme.Documents.Any(d => d.Id == request.ItemId),
        };
        if (!exists)
        {
            throw new NotFoundException(request.Part.ToString(), request.ItemId);
        }

        switch (request.Part)
        {
            case LaunchConditionPart.Team:
                programme.RemoveTeamMember(request.ItemId);
                break;
            case LaunchConditionPart.Tasks:
                programme.RemoveTask(request.ItemId);
                break;
            default:
                programme.RemoveDocument(request.ItemId);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}
