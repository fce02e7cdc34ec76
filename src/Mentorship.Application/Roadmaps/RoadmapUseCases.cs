using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps;

public sealed record RoadmapItemDto
{
    public Guid Id { get; init; }

    public RoadmapStage Stage { get; init; }

    public required string Title { get; init; }

    public DateOnly Deadline { get; init; }

    public string? Responsible { get; init; }

    public RoadmapItemStatus Status { get; init; }

    public string? Result { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public bool IsOverdue { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<RoadmapItem, RoadmapItemDto>();
    }
}

public sealed record RoadmapDto
{
    public Guid Id { get; init; }

    public Guid? MunicipalityId { get; init; }

    public Guid? OrganizationId { get; init; }

    public required string Title { get; init; }

    public AcademicYear AcademicYear { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public string? ApprovedBy { get; init; }

    public long Version { get; init; }

    public IReadOnlyList<RoadmapItemDto> Items { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Roadmap, RoadmapDto>()
            .ForMember(d => d.Items, o => o.MapFrom(s => s.Items.OrderBy(i => i.Deadline).ThenBy(i => i.Id)));
    }
}

/// <summary>
/// Who keeps roadmaps. Analysts read them through the roadmaps export only, which leaves out the responsible persons.
/// </summary>
internal static class RoadmapRoles
{
    public const string Writers = $"{Roles.Coordinators},{Roles.OrganizationAdministrator},{Roles.Curator}";
    public const string Readers = Writers;
}

/// <summary>A new roadmap of a municipality or of an organisation (exactly one of them) for an academic year.</summary>
[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record CreateRoadmapCommand(Guid? MunicipalityId, Guid? OrganizationId, string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>;

public sealed class CreateRoadmapValidator : AbstractValidator<CreateRoadmapCommand>
{
    public CreateRoadmapValidator()
    {
        RuleFor(c => c.MunicipalityId).NotEmpty().When(c => c.OrganizationId is null)
            .WithMessage(_ => Texts.Pick("Укажите муниципалитет или организацию.", "Give a municipality or an organisation."));
        RuleFor(c => c.OrganizationId).Null().When(c => c.MunicipalityId is not null)
            .WithMessage(_ => Texts.Pick("Дорожная карта принадлежит муниципалитету или организации, не обоим.", "A roadmap belongs to a municipality or to an organisation, not both."));
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.AcademicYear).NotNull();
    }
}

internal sealed class CreateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<CreateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(CreateRoadmapCommand request, CancellationToken cancellationToken)
    {
        await RoadmapRules.EnsureOwnerWritableAsync(db, user, request.MunicipalityId, request.OrganizationId, cancellationToken);
        var roadmap = new Roadmap(request.MunicipalityId, request.OrganizationId, request.Title!, request.AcademicYear!.Value);
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record UpdateRoadmapCommand(string? Title, AcademicYear? AcademicYear) : IRequest<RoadmapDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class UpdateRoadmapValidator : AbstractValidator<UpdateRoadmapCommand>
{
    public UpdateRoadmapValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.AcademicYear).NotNull();
    }
}

internal sealed class UpdateRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<UpdateRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(UpdateRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        roadmap.Update(request.Title!, request.AcademicYear!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record DeleteRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<Unit>, IVersionedCommand;

internal sealed class DeleteRoadmapHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<DeleteRoadmapCommand, Unit>
{
    public async Task<Unit> Handle(DeleteRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.Id, request.ExpectedVersion, cancellationToken);
        if (roadmap.IsApproved)
        {
            throw new ConflictException(Texts.Pick("Утверждённая дорожная карта не удаляется.", "An approved roadmap cannot be deleted."));
        }

        db.Roadmaps.Remove(roadmap);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The regional coordinator approves a roadmap.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record ApproveRoadmapCommand(Guid Id, long? ExpectedVersion) : IRequest<RoadmapDto>, IVersionedCommand;

internal sealed class ApproveRoadmapHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<ApproveRoadmapCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ApproveRoadmapCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Items).FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (roadmap.IsApproved)
        {
            throw new ConflictException(Texts.Pick("Дорожная карта уже утверждена.", "The roadmap is already approved."));
        }

        roadmap.Approve(time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}

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

public sealed class AddRoadmapItemValidator : AbstractValidator<AddRoadmapItemCommand>
{
    public AddRoadmapItemValidator() => Include(new RoadmapItemFieldsValidator());
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

public sealed class UpdateRoadmapItemValidator : AbstractValidator<UpdateRoadmapItemCommand>
{
    public UpdateRoadmapItemValidator()
    {
        Include(new RoadmapItemFieldsValidator());
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Result).MaximumLength(TextLengths.FreeText);
    }
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

[Authorize(Roles = RoadmapRoles.Writers)]
public sealed record RemoveRoadmapItemCommand(Guid RoadmapId, Guid ItemId) : IRequest<RoadmapDto>;

internal sealed class RemoveRoadmapItemHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<RemoveRoadmapItemCommand, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(RemoveRoadmapItemCommand request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapRules.WritableAsync(db, user, request.RoadmapId, null, cancellationToken);
        var item = roadmap.Items.FirstOrDefault(i => i.Id == request.ItemId) ?? throw new NotFoundException(nameof(RoadmapItem), request.ItemId);
        roadmap.RemoveItem(item.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetRoadmapQuery(roadmap.Id), cancellationToken);
    }
}

[Authorize(Roles = RoadmapRoles.Readers)]
public sealed record GetRoadmapQuery(Guid Id) : IRequest<RoadmapDto>;

internal sealed class GetRoadmapHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRoadmapQuery, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(GetRoadmapQuery request, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().Where(r => r.Id == request.Id).ProjectTo<RoadmapDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Roadmap), request.Id);
}

/// <param name="MunicipalityId">Roadmaps of this municipality (its own and its organisations').</param>
/// <param name="OrganizationId">Roadmaps of this organisation.</param>
/// <param name="AcademicYear">Only this academic year, such as "2024/2025".</param>
/// <param name="OverdueOnly">Only roadmaps with an overdue item.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = RoadmapRoles.Readers)]
public sealed record GetRoadmapsQuery(
    Guid? MunicipalityId = null,
    Guid? OrganizationId = null,
    AcademicYear? AcademicYear = null,
    bool OverdueOnly = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<RoadmapDto>>, IPagedRequest;

public sealed class GetRoadmapsValidator : AbstractValidator<GetRoadmapsQuery>
{
    public GetRoadmapsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetRoadmapsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRoadmapsQuery, PagedList<RoadmapDto>>
{
    public Task<PagedList<RoadmapDto>> Handle(GetRoadmapsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Roadmaps.AsNoTracking();
        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(r => r.MunicipalityId == municipalityId || r.Organization!.MunicipalityId == municipalityId);
        }

        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }

        if (request.AcademicYear is { } year)
        {
            query = query.Where(r => r.AcademicYear == year);
        }

        if (request.OverdueOnly)
        {
            query = query.Where(r => r.Items.Any(i => i.IsOverdue));
        }

        return query.OrderByDescending(r => r.AcademicYear).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<RoadmapDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>The daily job's work: flags the open items past their deadline and clears the others. Returns the flags changed.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record FlagOverdueRoadmapItemsCommand : IRequest<int>;

internal sealed class FlagOverdueRoadmapItemsHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<FlagOverdueRoadmapItemsCommand, int>
{
    public async Task<int> Handle(FlagOverdueRoadmapItemsCommand request, CancellationToken cancellationToken)
    {
        var today = RoadmapRules.Today(time);

        // The rule of RoadmapItem.RefreshOverdue (open and past the deadline day), applied set-based.
        var flagged = await db.RoadmapItems.IgnoreQueryFilters()
            .Where(i => !i.IsOverdue && (i.Status == RoadmapItemStatus.Planned || i.Status == RoadmapItemStatus.InProgress) && i.Deadline < today)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsOverdue, true), cancellationToken);
        var cleared = await db.RoadmapItems.IgnoreQueryFilters()
            .Where(i => i.IsOverdue && !((i.Status == RoadmapItemStatus.Planned || i.Status == RoadmapItemStatus.InProgress) && i.Deadline < today))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsOverdue, false), cancellationToken);
        return flagged + cleared;
    }
}

internal static class RoadmapRules
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>A roadmap the caller may change: visible (the query filter) and, for a municipality's, one the caller manages.</summary>
    public static async Task<Roadmap> WritableAsync(IApplicationDbContext db, ICurrentUser user, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Items).FindVersionedAsync(id, expectedVersion, cancellationToken);
        await EnsureOwnerWritableAsync(db, user, roadmap.MunicipalityId, roadmap.OrganizationId, cancellationToken, notFoundId: id);
        return roadmap;
    }

    public static async Task EnsureOwnerWritableAsync(IApplicationDbContext db, ICurrentUser user, Guid? municipalityId, Guid? organizationId, CancellationToken cancellationToken, Guid? notFoundId = null)
    {
        if (municipalityId is { } mid)
        {
            var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == mid, cancellationToken);
            if (municipality is null || !user.CanManageMunicipality(municipality.Id, municipality.RegionId))
            {
                throw notFoundId is { } rid
                    ? new NotFoundException(nameof(Roadmap), rid)
                    : new ValidationException("municipalityId", Texts.NotFound(nameof(Municipality), mid));
            }
        }
        else if (organizationId is { } oid && !await db.Organizations.AnyAsync(o => o.Id == oid, cancellationToken))
        {
            throw new ValidationException("organizationId", Texts.NotFound(nameof(Organization), oid));
        }
    }
}
