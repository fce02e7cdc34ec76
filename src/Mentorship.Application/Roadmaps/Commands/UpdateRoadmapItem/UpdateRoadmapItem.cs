using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmapItem;

/// <summary>
/// Changes a plan item (while the roadmap is a draft or returned); <see cref="Status"/> moves it on (InProgress, Done
/// with its result, Cancelled with a reason) whatever the roadmap's approval.
/// </summary>
/// <param name="Stage">The roadmap stage the item belongs to.</param>
/// <param name="Title">The measure (мероприятие); up to 1000 characters.</param>
/// <param name="Deadline">Date it is due (срок), within the period; give this or term.</param>
/// <param name="Responsible">Who is responsible (ответственный); optional, up to 300 characters.</param>
/// <param name="Status">
/// Moves the item on: InProgress, Done (completed today) or Cancelled; a closed item stays closed and none goes back to
/// Planned; unchanged when omitted.
/// </param>
/// <param name="Result">
/// The actual result when done, or the reason when cancelled; optional, up to 4000 characters.
/// </param>
/// <param name="Number">Number as the plan writes it, unique in the roadmap: «1.1», «3.1.».</param>
/// <param name="Term">The deadline as written when it is not a date («Ежемесячно»); give this or deadline.</param>
/// <param name="Place">Place or level (место проведения / уровень); optional, up to 300 characters.</param>
/// <param name="PlannedResult">The planned result (результат); optional, up to 4000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateRoadmapItemCommand(
    RoadmapStage? Stage, string? Title, DateOnly? Deadline, string? Responsible, RoadmapItemStatus? Status, string? Result,
    string? Number = null, string? Term = null, string? Place = null, string? PlannedResult = null)
    : IRequest<RoadmapDto>, IRoadmapItemFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RoadmapId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ItemId { get; init; }
}

internal sealed class UpdateRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<UpdateRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        roadmap.UpdateItem(RoadmapReads.Item(roadmap, request.ItemId), request.ToPlan(), request.Status, request.Result, RoadmapReads.Today(time));
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
