using AutoMapper;
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

/// <summary>A new item (мероприятие) of a roadmap; it starts as planned.</summary>
/// <param name="Stage">The roadmap stage the item belongs to.</param>
/// <param name="Title">The measure (мероприятие); up to 1000 characters.</param>
/// <param name="Deadline">Date it is due (срок); past it an open item is flagged overdue by the daily job.</param>
/// <param name="Responsible">Who is responsible (ответственный); optional, up to 300 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddRoadmapItemCommand(RoadmapStage? Stage, string? Title, DateOnly? Deadline, string? Responsible) : IRequest<RoadmapDto>, IRoadmapItemFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RoadmapId { get; init; }
}

internal sealed class AddRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<AddRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(AddRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        roadmap.AddItem(request.Stage!.Value, request.Title!, request.Deadline!.Value, request.Responsible, RoadmapReads.Today(time));
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
