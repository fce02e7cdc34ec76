using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmapItem;

/// <summary>
/// Changes a plan item; <see cref="Status"/> moves it on (InProgress, Done with its result, Cancelled with a reason).
/// </summary>
[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record UpdateRoadmapItemCommand(RoadmapStage? Stage, string? Title, DateOnly? Deadline, string? Responsible, RoadmapItemStatus? Status, string? Result)
    : IRequest<RoadmapDto>, IRoadmapItemFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RoadmapId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ItemId { get; init; }
}

internal sealed class UpdateRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<UpdateRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        var item = roadmap.Items.FirstOrDefault(i => i.Id == request.ItemId) ?? throw new NotFoundException(nameof(RoadmapItem), request.ItemId);
        var today = RoadmapRules.Today(time);
        item.Update(request.Stage!.Value, request.Title!, request.Deadline!.Value, request.Responsible);
        if (request.Status is { } status && status != item.Status)
        {
            try
            {
                switch (status)
                {
                    case RoadmapItemStatus.InProgress:
                        item.Start();
                        break;
                    case RoadmapItemStatus.Done:
                        item.Complete(today, request.Result);
                        break;
                    case RoadmapItemStatus.Cancelled:
                        item.Cancel(request.Result);
                        break;
                    default:
                        throw new ConflictException(Texts.Pick("Пункт нельзя вернуть в план.", "An item cannot go back to planned."), "status");
                }
            }
            catch (DomainException ex)
            {
                throw new ConflictException(ex.Message, "status");
            }
        }

        item.RefreshOverdue(today);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
