using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;

/// <summary>The fields of a plan item as seed 004's table has them: number, stage, what, by when, where, who, what for.</summary>
public interface IRoadmapItemFields
{
    string? Number { get; }

    RoadmapStage? Stage { get; }

    string? Title { get; }

    DateOnly? Deadline { get; }

    string? Term { get; }

    string? Place { get; }

    string? Responsible { get; }

    string? PlannedResult { get; }
}

internal static class RoadmapItemFields
{
    public static RoadmapItemPlan ToPlan(this IRoadmapItemFields fields) =>
        new(fields.Number!, fields.Stage!.Value, fields.Title!, fields.Deadline, fields.Term, fields.Place, fields.Responsible, fields.PlannedResult);
}

public sealed class RoadmapItemFieldsValidator : AbstractValidator<IRoadmapItemFields>
{
    public RoadmapItemFieldsValidator()
    {
        // The number's form, one of deadline and term, and a date within the period are the item's own rules.
        RuleFor(i => i.Number).NotEmpty().MaximumLength(RoadmapItem.NumberMaxLength);
        RuleFor(i => i.Stage).NotNull().IsInEnum();
        RuleFor(i => i.Title).NotEmpty().MaximumLength(TextLengths.Paragraph);
        RuleFor(i => i.Term).MaximumLength(RoadmapItem.TermMaxLength);
        RuleFor(i => i.Place).MaximumLength(RoadmapItem.PlaceMaxLength);
        RuleFor(i => i.Responsible).MaximumLength(RoadmapItem.ResponsibleMaxLength);
        RuleFor(i => i.PlannedResult).MaximumLength(TextLengths.FreeText);
    }
}

/// <summary>A new item (мероприятие) of a roadmap, while it is a draft or returned; it starts as planned.</summary>
/// <param name="Stage">The roadmap stage the item belongs to.</param>
/// <param name="Title">The measure (мероприятие); up to 1000 characters.</param>
/// <param name="Deadline">
/// Date it is due (срок), within the period; give this or term. Past it an open item is flagged overdue by the daily job.
/// </param>
/// <param name="Responsible">Who is responsible (ответственный); optional, up to 300 characters.</param>
/// <param name="Number">Number as the plan writes it, unique in the roadmap: «1.1», «3.1.»; items are listed in its order.</param>
/// <param name="Term">
/// The deadline as written when it is not a date: «Ежемесячно», «Май 2020 года», «До 30 апреля 2020 года», «ежегодно,
/// май», «по мере необходимости»; kept as written, its schedule parsed where it can be (up to 200 characters).
/// </param>
/// <param name="Place">Place or level (место проведения / уровень), as written; optional, up to 300 characters.</param>
/// <param name="PlannedResult">The planned result (результат); optional, up to 4000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddRoadmapItemCommand(
    RoadmapStage? Stage, string? Title, DateOnly? Deadline, string? Responsible, string? Number = null, string? Term = null, string? Place = null, string? PlannedResult = null)
    : IRequest<RoadmapDto>, IRoadmapItemFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RoadmapId { get; init; }
}

internal sealed class AddRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<AddRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(AddRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapReads.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        roadmap.AddItem(request.ToPlan(), RoadmapReads.Today(time));
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }
}
