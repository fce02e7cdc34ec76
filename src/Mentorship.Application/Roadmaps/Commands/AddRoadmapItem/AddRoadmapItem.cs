using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;

/// <summary>The fields of a plan item: stage, what, by when, who.</summary>
public interface IRoadmapItemFields
{
    RoadmapStage? Stage { get; }

    string? Title { get; }

    DateOnly? Deadline { get; }

    string? Responsible { get; }
}

public sealed class RoadmapItemFieldsValidator : AbstractValidator<IRoadmapItemFields>
{
    public RoadmapItemFieldsValidator()
    {
        RuleFor(i => i.Stage).NotNull().IsInEnum();
        RuleFor(i => i.Title).NotEmpty().MaximumLength(TextLengths.Paragraph);
        RuleFor(i => i.Deadline).NotNull();
        RuleFor(i => i.Responsible).MaximumLength(RoadmapItem.ResponsibleMaxLength);
    }
}

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record AddRoadmapItemCommand(RoadmapStage? Stage, string? Title, DateOnly? Deadline, string? Responsible) : IRequest<RoadmapDto>, IRoadmapItemFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RoadmapId { get; init; }
}

internal sealed class AddRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<AddRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(AddRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        var item = roadmap.AddItem(request.Stage!.Value, request.Title!, request.Deadline!.Value, request.Responsible);
        item.RefreshOverdue(RoadmapRules.Today(time));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}
