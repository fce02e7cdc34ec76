using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddGoal;

/// <summary>Sets a goal of the pair/group, or of one mentee in it (the curator or a mentor of the group).</summary>
/// <param name="MenteePersonId">The mentee the goal is of; omit for a goal of the whole pair or group.</param>
/// <param name="Text">The goal (цель) in words.</param>
/// <param name="DueOn">Date the goal should be reached by; optional.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddGoalCommand(Guid? MenteePersonId, string? Text, DateOnly? DueOn) : IRequest<GoalDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class AddGoalHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddGoalCommand, GoalDto>
{
    public async Task<GoalDto> Handle(AddGoalCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupReads.ForRecordAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
        var goal = group.SetGoal(request.MenteePersonId, request.Text!, request.DueOn);
        db.Goals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<GoalDto>(goal);
    }
}
