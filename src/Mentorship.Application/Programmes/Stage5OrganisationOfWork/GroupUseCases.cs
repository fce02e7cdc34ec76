using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Matching;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

public sealed record GroupMemberDto
{
    public Guid PersonId { get; init; }

    public string Name { get; init; } = string.Empty;

    public GroupRole Role { get; init; }

    public DateOnly JoinedAt { get; init; }

    public DateOnly? LeftAt { get; init; }

    public string? LeaveReason { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<GroupMember, GroupMemberDto>().ForMember(d => d.Name, o => o.Ignore());
    }
}

/// <summary>A pair or group: form, format, members from joining to leaving, status and how it ended.</summary>
public sealed record GroupDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public string? Name { get; init; }

    public MentoringForm Form { get; init; }

    public MentoringFormat Format { get; init; }

    public GroupStatus Status { get; init; }

    public DateOnly StartedAt { get; init; }

    public DateOnly? EndedAt { get; init; }

    public string? EndReason { get; init; }

    public IReadOnlyList<GroupMemberDto> Members { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentoringGroup, GroupDto>()
            .ForMember(d => d.Members, o => o.MapFrom(s => s.Members.OrderBy(m => m.Role).ThenBy(m => m.JoinedAt).ThenBy(m => m.Id)));
    }
}

/// <summary>A proposal of the matching: who with whom, in which form, its score and why.</summary>
public sealed record MatchingProposalDto(
    Guid MentorId,
    Guid MentorPersonId,
    string MentorName,
    Guid MenteeId,
    Guid MenteePersonId,
    string MenteeName,
    MentoringForm Form,
    int Score,
    IReadOnlyList<string> SharedTags,
    IReadOnlyList<string> Reasons);

/// <summary>A mentee left without a proposal, and why (in the request's language).</summary>
public sealed record UnmatchedMenteeDto(Guid MenteeId, Guid PersonId, string Name, IReadOnlyList<string> Tags, string Reason);

public sealed record MatchingResultDto(IReadOnlyList<MatchingProposalDto> Proposals, IReadOnlyList<UnmatchedMenteeDto> Unmatched, int TotalScore);

/// <summary>
/// Proposes pairs for the mentees waiting in the bank: the assignment that maximises the total score under the
/// mentors' free capacities. Proposals never break a form rule, a missing consent or a capacity.
/// </summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Form">Only proposals in this form.</param>
/// <param name="MenteePersonId">Only proposals for this mentee (e.g. re-matching after a pair ended).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMatchingProposalsQuery(Guid ProgrammeId, MentoringForm? Form = null, Guid? MenteePersonId = null) : IRequest<MatchingResultDto>;

public sealed class GetMatchingProposalsValidator : AbstractValidator<GetMatchingProposalsQuery>
{
    public GetMatchingProposalsValidator() => RuleFor(q => q.Form).IsInEnum();
}

/// <summary>Loads the banks and hands them to the matching engine, once per form of the programme.</summary>
internal sealed class GetMatchingProposalsHandler(IApplicationDbContext db, MatchingEngine engine, TimeProvider time) : IRequestHandler<GetMatchingProposalsQuery, MatchingResultDto>
{
    public async Task<MatchingResultDto> Handle(GetMatchingProposalsQuery request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var bank = await MatchingBank.LoadAsync(db, programme.Id, request.MenteePersonId, time.GetUtcNow(), cancellationToken);

        var mentors = bank.Mentors;
        var waiting = bank.Mentees;
        var proposals = new List<MatchingProposalDto>();
        var why = new Dictionary<Guid, (string Reason, bool FormAdmits)>();
        // Forms in enum order, each over the mentees not yet proposed and the places earlier forms left: deterministic,
        // and a mentee gets the first allowed form that finds them a mentor, as a pair took its first allowed form before.
        foreach (var form in programme.Forms.Select(f => f.Form).Where(f => request.Form is null || f == request.Form).Distinct().Order())
        {
            var result = engine.Propose(new MatchingInput(form, mentors, waiting));
            proposals.AddRange(result.Proposals.Select(p => new MatchingProposalDto(p.Mentor.Id, p.Mentor.PersonId, bank.Names[p.Mentor.PersonId],
                p.Mentee.Id, p.Mentee.PersonId, bank.Names[p.Mentee.PersonId], form, p.Score, p.SharedTags, p.Reasons)));
            foreach (var unmatched in result.Unmatched)
            {
                // The reason kept is the first from a form that admits the mentee, else the first form's.
                var admits = MatchingScorer.MenteeObstacle(form, unmatched.Mentee) == MatchingObstacle.None;
                if (!why.TryGetValue(unmatched.Mentee.Id, out var kept) || (admits && !kept.FormAdmits))
                {
                    why[unmatched.Mentee.Id] = (unmatched.Reason, admits);
                }
            }

            // A proposal takes a place: the next form sees it as load, as it would once the curator confirms the pair.
            var taken = result.Proposals.CountBy(p => p.Mentor.Id).ToDictionary();
            mentors = mentors.Select(m => m with { CurrentLoad = m.CurrentLoad + taken.GetValueOrDefault(m.Id) }).Where(m => m.FreeCapacity > 0).ToList();
            waiting = result.Unmatched.Select(u => u.Mentee).ToList();
        }

        var proposed = proposals.Select(p => p.MenteeId).ToHashSet();
        var noForm = Texts.Pick("Программа не использует эту форму наставничества", "The programme does not use this mentoring form");
        return new MatchingResultDto(
            proposals.OrderByDescending(p => p.Score).ThenBy(p => p.MenteeName, StringComparer.Ordinal).ThenBy(p => p.MenteeId).ToList(),
            bank.Mentees.Where(m => !proposed.Contains(m.Id))
                .Select(m => new UnmatchedMenteeDto(m.Id, m.PersonId, bank.Names[m.PersonId], m.RequestTags, why.TryGetValue(m.Id, out var kept) ? kept.Reason : noForm)).ToList(),
            proposals.Sum(p => p.Score));
    }
}

public sealed record GroupMemberInput(Guid? PersonId, GroupRole? Role);

/// <summary>The curator confirms a pair or group (a proposal, or one of their own): form, format and members.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ConfirmGroupCommand(MentoringForm? Form, MentoringFormat? Format, string? Name, DateOnly? StartedAt, IReadOnlyList<GroupMemberInput>? Members) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class ConfirmGroupValidator : AbstractValidator<ConfirmGroupCommand>
{
    public ConfirmGroupValidator()
    {
        RuleFor(c => c.Form).NotNull().IsInEnum();
        RuleFor(c => c.Format).NotNull().IsInEnum();
        RuleFor(c => c.Name).MaximumLength(MentoringGroup.NameMaxLength);
        RuleFor(c => c.Members).NotEmpty()
            .Must(m => m!.Any(x => x.Role == GroupRole.Mentor) && m!.Any(x => x.Role == GroupRole.Mentee))
            .WithMessage(_ => Texts.Pick("Нужен хотя бы один наставник и хотя бы один наставляемый.", "At least one mentor and at least one mentee are needed."))
            .Must(m => m!.Select(x => x.PersonId).Distinct().Count() == m!.Count)
            .WithMessage(_ => Texts.Pick("Участник указан дважды.", "A member is listed twice."))
            .When(c => c.Members is { Count: > 0 });
        RuleForEach(c => c.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.PersonId).NotEmpty();
            m.RuleFor(x => x.Role).NotNull().IsInEnum();
        });
    }
}

internal sealed class ConfirmGroupHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<ConfirmGroupCommand, GroupDto>
{
    public async Task<GroupDto> Handle(ConfirmGroupCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var members = request.Members!.Select(m => (m.PersonId!.Value, m.Role!.Value)).ToList();
        var group = await GroupRules.ConfirmAsync(db, programme, request.Form!.Value, request.Format!.Value, request.Name,
            request.StartedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), members, time.GetUtcNow(), i => $"members[{i}].personId", null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetGroupQuery(group.Id), cancellationToken);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGroupQuery(Guid Id) : IRequest<GroupDto>;

internal sealed class GetGroupHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGroupQuery, GroupDto>
{
    public async Task<GroupDto> Handle(GetGroupQuery request, CancellationToken cancellationToken)
    {
        var group = await db.MentoringGroups.AsNoTracking().Where(g => g.Id == request.Id).ProjectTo<GroupDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(MentoringGroup), request.Id);
        return (await GroupRules.WithNamesAsync(db, [group], cancellationToken))[0];
    }
}

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Status">Only active, completed or terminated pairs/groups.</param>
/// <param name="Form">Only pairs/groups of this form.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGroupsQuery(Guid ProgrammeId, GroupStatus? Status = null, MentoringForm? Form = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<GroupDto>>, IPagedRequest;

public sealed class GetGroupsValidator : AbstractValidator<GetGroupsQuery>
{
    public GetGroupsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
    }
}

internal sealed class GetGroupsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGroupsQuery, PagedList<GroupDto>>
{
    public async Task<PagedList<GroupDto>> Handle(GetGroupsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.MentoringGroups.AsNoTracking().Where(g => g.ProgrammeId == request.ProgrammeId);
        if (request.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }

        if (request.Form is { } form)
        {
            query = query.Where(g => g.Form == form);
        }

        var page = await query.OrderBy(g => g.StartedAt).ThenBy(g => g.Id)
            .ProjectToPagedListAsync<GroupDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
        return page with { Items = await GroupRules.WithNamesAsync(db, page.Items, cancellationToken) };
    }
}

/// <summary>Ends a pair/group: completed (results presented) or terminated early with a reason.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record EndGroupCommand(GroupStatus? Outcome, string? Reason, DateOnly? EndedAt) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class EndGroupValidator : AbstractValidator<EndGroupCommand>
{
    public EndGroupValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum().NotEqual(GroupStatus.Active)
            .WithMessage(_ => Texts.Pick("Пара или группа завершается (Completed) или прекращается (Terminated).", "A pair or group ends as Completed or Terminated."));
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Outcome == GroupStatus.Terminated)
            .WithMessage(_ => Texts.Pick("Укажите причину прекращения.", "Give the reason for terminating."));
        RuleFor(c => c.Reason).MaximumLength(MentoringGroup.ReasonMaxLength);
    }
}

internal sealed class EndGroupHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<EndGroupCommand, GroupDto>
{
    public async Task<GroupDto> Handle(EndGroupCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        (await db.ProgrammeAsync(group.ProgrammeId, cancellationToken)).EnsureActive();
        var endedAt = request.EndedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.Outcome == GroupStatus.Completed)
        {
            group.Complete(endedAt, request.Reason);
        }
        else
        {
            group.Terminate(endedAt, request.Reason!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetGroupQuery(group.Id), cancellationToken);
    }
}

/// <summary>
/// Re-matches a mentee of the pair/group with another mentor: the mentee leaves (a pair ends, terminated with the
/// reason) and a new pair of the same form and format is confirmed, with every check of a confirmation.
/// </summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RematchMenteeCommand(Guid? MenteePersonId, Guid? MentorPersonId, string? Reason, DateOnly? On) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class RematchMenteeValidator : AbstractValidator<RematchMenteeCommand>
{
    public RematchMenteeValidator()
    {
        RuleFor(c => c.MenteePersonId).NotEmpty();
        RuleFor(c => c.MentorPersonId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MentoringGroup.ReasonMaxLength);
    }
}

internal sealed class RematchMenteeHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<RematchMenteeCommand, GroupDto>
{
    public async Task<GroupDto> Handle(RematchMenteeCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var programme = await db.ProgrammeWithConditionsAsync(group.ProgrammeId, cancellationToken);
        var menteeId = request.MenteePersonId!.Value;
        var mentorId = request.MentorPersonId!.Value;
        if (!group.IsActiveMember(menteeId, GroupRole.Mentee))
        {
            throw new ValidationException("menteePersonId", Texts.Pick("Этот человек не наставляемый этой пары или группы.", "The person is not a mentee of this pair or group."));
        }

        if (group.IsActiveMember(mentorId, GroupRole.Mentor))
        {
            throw new ValidationException("mentorPersonId", Texts.Pick("Выберите другого наставника.", "Choose another mentor."));
        }

        var on = request.On ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (group.ActiveMembers.Count(m => m.Role == GroupRole.Mentee) > 1)
        {
            group.RemoveMember(menteeId, on, request.Reason!);
        }
        else
        {
            group.Terminate(on, request.Reason!);
        }

        var format = group.Format == MentoringFormat.Group ? MentoringFormat.OneToOne : group.Format;
        var pair = await GroupRules.ConfirmAsync(db, programme, group.Form, format, null, on,
            [(mentorId, GroupRole.Mentor), (menteeId, GroupRole.Mentee)], time.GetUtcNow(), i => i == 0 ? "mentorPersonId" : "menteePersonId", group.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetGroupQuery(pair.Id), cancellationToken);
    }
}

internal static class GroupRules
{
    /// <summary>Mentees in the active pairs/groups of the programme, per mentor (person) who is an active member there.</summary>
    public static async Task<Dictionary<Guid, int>> MentorLoadsAsync(IApplicationDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        var activeGroups = db.MentoringGroups.IgnoreQueryFilters().Where(g => g.ProgrammeId == programmeId && g.Status == GroupStatus.Active).Select(g => g.Id);
        var rows = await (from mentor in db.GroupMembers
                          where mentor.Role == GroupRole.Mentor && mentor.LeftAt == null && activeGroups.Contains(mentor.GroupId)
                          from mentee in db.GroupMembers
                          where mentee.GroupId == mentor.GroupId && mentee.Role == GroupRole.Mentee && mentee.LeftAt == null
                          group mentee by mentor.PersonId into load
                          select new { PersonId = load.Key, Count = load.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PersonId, r => r.Count);
    }

    /// <summary>The mentees (persons) already in an active pair/group of the programme, other than <paramref name="exceptGroupId"/>.</summary>
    public static async Task<HashSet<Guid>> ActiveMenteesAsync(IApplicationDbContext db, Guid programmeId, Guid? exceptGroupId, CancellationToken cancellationToken)
    {
        var activeGroups = db.MentoringGroups.IgnoreQueryFilters()
            .Where(g => g.ProgrammeId == programmeId && g.Status == GroupStatus.Active && g.Id != exceptGroupId).Select(g => g.Id);
        var ids = await db.GroupMembers.Where(m => m.Role == GroupRole.Mentee && m.LeftAt == null && activeGroups.Contains(m.GroupId))
            .Select(m => m.PersonId).Distinct().ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>
    /// Confirms a pair or group: the programme is at stage 5 or later and uses the form (and the format, when it
    /// chose formats); mentors come from the active mentor bank within capacity, mentees from the active mentee bank
    /// and in no other active pair/group; the domain checks the form's categories and both sides' consents.
    /// </summary>
    public static async Task<MentoringGroup> ConfirmAsync(
        IApplicationDbContext db, Programme programme, MentoringForm form, MentoringFormat format, string? name, DateOnly startedAt,
        IReadOnlyList<(Guid PersonId, GroupRole Role)> members, DateTimeOffset now, Func<int, string> fieldOf, Guid? replacingGroupId, CancellationToken cancellationToken)
    {
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        if (!programme.HasForm(form))
        {
            throw new ValidationException("form", Texts.Pick("Программа не использует эту форму наставничества.", "The programme does not use this mentoring form."));
        }

        if (programme.Formats.Count > 0 && !programme.HasFormat(format))
        {
            throw new ValidationException("format", Texts.Pick("Программа не использует этот формат наставничества.", "The programme does not use this mentoring format."));
        }

        var personIds = members.Select(m => m.PersonId).ToList();
        var mentors = await db.Mentors.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var mentees = await db.Mentees.Where(m => m.ProgrammeId == programme.Id && personIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var people = await db.People.IgnoreQueryFilters().Include(p => p.Consents).Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var loads = await MentorLoadsAsync(db, programme.Id, cancellationToken);
        var paired = await ActiveMenteesAsync(db, programme.Id, replacingGroupId, cancellationToken);
        var newMentees = members.Count(m => m.Role == GroupRole.Mentee);

        var group = new MentoringGroup(programme.Id, form, format, startedAt, name);
        for (var i = 0; i < members.Count; i++)
        {
            var (personId, role) = members[i];
            var field = fieldOf(i);
            if (role == GroupRole.Mentor)
            {
                var mentor = mentors.GetValueOrDefault(personId)
                             ?? throw new ValidationException(field, Texts.Pick("Этого человека нет в базе наставников программы.", "The person is not in the programme's mentor bank."));
                mentor.EnsureCanTake(loads.GetValueOrDefault(personId), newMentees, field);
            }
            else
            {
                var mentee = mentees.GetValueOrDefault(personId)
                             ?? throw new ValidationException(field, Texts.Pick("Этого человека нет в базе наставляемых программы.", "The person is not in the programme's mentee bank."));
                if (!mentee.IsActive)
                {
                    throw new ConflictException(Texts.Pick("Наставляемый исключён из подбора.", "The mentee is inactive."), field);
                }

                if (paired.Contains(personId))
                {
                    throw new ConflictException(Texts.Pick("Наставляемый уже в действующей паре или группе программы.", "The mentee is already in an active pair or group of the programme."), field);
                }
            }

            try
            {
                group.AddMember(people[personId], role, startedAt, now);
            }
            catch (DomainConflictException conflict)
            {
                throw new DomainConflictException(conflict.Message, field);
            }
            catch (DomainException invalid)
            {
                throw new DomainException(invalid.Message, field);
            }
        }

        db.MentoringGroups.Add(group);
        return group;
    }

    /// <summary>
    /// Fills in the members' names. The members of a group the caller may see may see one another, so the names are
    /// read past the person scope, for these persons only.
    /// </summary>
    public static async Task<IReadOnlyList<GroupDto>> WithNamesAsync(IApplicationDbContext db, IReadOnlyList<GroupDto> groups, CancellationToken cancellationToken)
    {
        var ids = groups.SelectMany(g => g.Members.Select(m => m.PersonId)).Distinct().ToList();
        var names = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName }).ToDictionaryAsync(p => p.Id, p => p.Name.Trim(), cancellationToken);
        return groups.Select(g => g with { Members = g.Members.Select(m => m with { Name = names.GetValueOrDefault(m.PersonId, string.Empty) }).ToList() }).ToList();
    }
}
