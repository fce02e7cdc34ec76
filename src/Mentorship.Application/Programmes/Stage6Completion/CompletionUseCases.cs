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
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion;

public sealed record AwardDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid GroupId { get; init; }

    public required string Title { get; init; }

    public DateOnly AwardedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Award, AwardDto>();
    }
}

public sealed record SuccessCaseDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? GroupId { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public bool IsPublished { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SuccessCase, SuccessCaseDto>();
    }
}

public sealed record FinalEventDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Place { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<FinalEvent, FinalEventDto>();
    }
}

/// <summary>Awards one of the best pairs/groups at completion (stage 6); a terminated pair is not awarded.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddAwardCommand(Guid? GroupId, string? Title, DateOnly? AwardedAt) : IRequest<AwardDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddAwardValidator : AbstractValidator<AddAwardCommand>
{
    public AddAwardValidator()
    {
        RuleFor(c => c.GroupId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
    }
}

internal sealed class AddAwardHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<AddAwardCommand, AwardDto>
{
    public async Task<AwardDto> Handle(AddAwardCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var group = await CompletionRules.GroupOfAsync(db, programme.Id, request.GroupId!.Value, "groupId", cancellationToken);
        if (group.Status == GroupStatus.Terminated)
        {
            throw new ConflictException(Texts.Pick("Прекращённая пара не награждается.", "A terminated pair is not awarded."), "groupId");
        }

        var award = new Award(programme.Id, group.Id, request.Title!, request.AwardedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AwardDto>(award);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetAwardsQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<AwardDto>>, IPagedRequest;

public sealed class GetAwardsValidator : AbstractValidator<GetAwardsQuery>
{
    public GetAwardsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetAwardsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetAwardsQuery, PagedList<AwardDto>>
{
    public async Task<PagedList<AwardDto>> Handle(GetAwardsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Awards.AsNoTracking().Where(a => a.ProgrammeId == request.ProgrammeId).OrderBy(a => a.AwardedAt).ThenBy(a => a.Id)
            .ProjectToPagedListAsync<AwardDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>Writes a success case of the programme (public text: it must not name the pupils).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddSuccessCaseCommand(Guid? GroupId, string? Title, string? Text) : IRequest<SuccessCaseDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddSuccessCaseValidator : AbstractValidator<AddSuccessCaseCommand>
{
    public AddSuccessCaseValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
}

internal sealed class AddSuccessCaseHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddSuccessCaseCommand, SuccessCaseDto>
{
    public async Task<SuccessCaseDto> Handle(AddSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        if (request.GroupId is { } groupId)
        {
            await CompletionRules.GroupOfAsync(db, programme.Id, groupId, "groupId", cancellationToken);
        }

        var successCase = new SuccessCase(programme.Id, request.GroupId, request.Title!, request.Text!);
        db.SuccessCases.Add(successCase);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SuccessCaseDto>(successCase);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSuccessCasesQuery(Guid ProgrammeId, bool? IsPublished = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<SuccessCaseDto>>, IPagedRequest;

public sealed class GetSuccessCasesValidator : AbstractValidator<GetSuccessCasesQuery>
{
    public GetSuccessCasesValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetSuccessCasesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSuccessCasesQuery, PagedList<SuccessCaseDto>>
{
    public async Task<PagedList<SuccessCaseDto>> Handle(GetSuccessCasesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.SuccessCases.AsNoTracking().Where(c => c.ProgrammeId == request.ProgrammeId);
        if (request.IsPublished is { } published)
        {
            query = query.Where(c => c.IsPublished == published);
        }

        return await query.OrderBy(c => c.Created).ThenBy(c => c.Id)
            .ProjectToPagedListAsync<SuccessCaseDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>Sets the programme's final event (итоговое мероприятие), where pairs present their results.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetFinalEventCommand(DateTimeOffset? At, string? Title, string? Description, string? Place) : IRequest<FinalEventDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class SetFinalEventValidator : AbstractValidator<SetFinalEventCommand>
{
    public SetFinalEventValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Description).MaximumLength(TextLengths.FreeText);
        RuleFor(c => c.Place).MaximumLength(TextLengths.Title);
    }
}

internal sealed class SetFinalEventHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetFinalEventCommand, FinalEventDto>
{
    public async Task<FinalEventDto> Handle(SetFinalEventCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var finalEvent = await db.FinalEvents.SingleOrDefaultAsync(e => e.ProgrammeId == programme.Id, cancellationToken);
        if (finalEvent is null)
        {
            finalEvent = new FinalEvent(programme.Id, request.At!.Value, request.Title!, request.Description, request.Place);
            db.FinalEvents.Add(finalEvent);
        }
        else
        {
            finalEvent.Update(request.At!.Value, request.Title!, request.Description, request.Place);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<FinalEventDto>(finalEvent);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetFinalEventQuery(Guid ProgrammeId) : IRequest<FinalEventDto>;

internal sealed class GetFinalEventHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetFinalEventQuery, FinalEventDto>
{
    public async Task<FinalEventDto> Handle(GetFinalEventQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.FinalEvents.AsNoTracking().Where(e => e.ProgrammeId == request.ProgrammeId).ProjectTo<FinalEventDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(FinalEvent), request.ProgrammeId);
    }
}

internal static class CompletionRules
{
    public static async Task<MentoringGroup> GroupOfAsync(IApplicationDbContext db, Guid programmeId, Guid groupId, string field, CancellationToken cancellationToken) =>
        await db.MentoringGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.ProgrammeId == programmeId, cancellationToken)
        ?? throw new ValidationException(field, Texts.NotFound(nameof(MentoringGroup), groupId));
}
