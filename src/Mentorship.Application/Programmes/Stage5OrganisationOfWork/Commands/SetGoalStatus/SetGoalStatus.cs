using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SetGoalStatus;

/// <summary>Closes a goal as achieved, not achieved or cancelled, or reopens it.</summary>
/// <param name="Status">Achieved, not achieved or cancelled closes the goal; Open reopens it.</param>
/// <param name="On">Date the goal was closed; today when omitted.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record SetGoalStatusCommand(GoalStatus? Status, DateOnly? On) : IRequest<GoalDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GoalId { get; init; }
}

internal sealed class SetGoalStatusHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<SetGoalStatusCommand, GoalDto>
{
    public async Task<GoalDto> Handle(SetGoalStatusCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupReads.ForRecordAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
        group.EnsureActive();
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == request.GoalId && g.GroupId == group.Id, cancellationToken)
                   ?? throw new NotFoundException(nameof(Goal), request.GoalId);
        if (request.Status == GoalStatus.Open)
        {
            goal.Reopen();
        }
        else
        {
            goal.Close(request.Status!.Value, request.On ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<GoalDto>(goal);
    }
}
