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

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

public sealed record GoalDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid? MenteePersonId { get; init; }

    public required string Text { get; init; }

    public DateOnly? DueOn { get; init; }

    public GoalStatus Status { get; init; }

    public DateOnly? ClosedOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Goal, GoalDto>();
    }
}

public sealed record MeetingDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public DateTimeOffset At { get; init; }

    public int DurationMinutes { get; init; }

    public MeetingKind Kind { get; init; }

    public string? Topic { get; init; }

    public string? Notes { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Meeting, MeetingDto>();
    }
}

/// <summary>Meeting totals of a pair/group; hours are minutes / 60 rounded to two decimals.</summary>
public sealed record MeetingHoursDto(Guid GroupId, int Meetings, int Minutes, decimal Hours);

public sealed record IntermediateResultDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid? MenteePersonId { get; init; }

    public DateOnly RecordedOn { get; init; }

    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IntermediateResult, IntermediateResultDto>();
    }
}

public sealed record FeedbackDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid AuthorPersonId { get; init; }

    public ProgressPoint Stage { get; init; }

    public required string Text { get; init; }

    public int? Rating { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Feedback, FeedbackDto>();
    }
}

/// <summary>Sets a goal of the pair/group, or of one mentee in it (the curator or a mentor of the group).</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddGoalCommand(Guid? MenteePersonId, string? Text, DateOnly? DueOn) : IRequest<GoalDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class AddGoalValidator : AbstractValidator<AddGoalCommand>
{
    public AddGoalValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
}

internal sealed class AddGoalHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddGoalCommand, GoalDto>
{
    public async Task<GoalDto> Handle(AddGoalCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupRecords.LoadActiveAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
        GroupRecords.EnsureMentee(group, request.MenteePersonId);
        var goal = new Goal(group.Id, request.MenteePersonId, request.Text!, request.DueOn);
        db.Goals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<GoalDto>(goal);
    }
}

/// <summary>Closes a goal as achieved, not achieved or cancelled, or reopens it.</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record SetGoalStatusCommand(GoalStatus? Status, DateOnly? On) : IRequest<GoalDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GoalId { get; init; }
}

public sealed class SetGoalStatusValidator : AbstractValidator<SetGoalStatusCommand>
{
    public SetGoalStatusValidator() => RuleFor(c => c.Status).NotNull().IsInEnum();
}

internal sealed class SetGoalStatusHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<SetGoalStatusCommand, GoalDto>
{
    public async Task<GoalDto> Handle(SetGoalStatusCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupRecords.LoadActiveAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
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

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGoalsQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<GoalDto>>, IPagedRequest;

public sealed class GetGoalsValidator : AbstractValidator<GetGoalsQuery>
{
    public GetGoalsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetGoalsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGoalsQuery, PagedList<GoalDto>>
{
    public async Task<PagedList<GoalDto>> Handle(GetGoalsQuery request, CancellationToken cancellationToken)
    {
        await GroupRecords.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        return await db.Goals.AsNoTracking().Where(g => g.GroupId == request.GroupId).OrderBy(g => g.Created).ThenBy(g => g.Id)
            .ProjectToPagedListAsync<GoalDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>Logs a meeting of the pair/group: the kick-off, a regular or the final one (staff or a member).</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddMeetingCommand(DateTimeOffset? At, int? DurationMinutes, MeetingKind? Kind, string? Topic, string? Notes) : IRequest<MeetingDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class AddMeetingValidator : AbstractValidator<AddMeetingCommand>
{
    public AddMeetingValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.DurationMinutes).NotNull().InclusiveBetween(1, Meeting.MaxDurationMinutes);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Topic).MaximumLength(TextLengths.Title);
        RuleFor(c => c.Notes).MaximumLength(TextLengths.FreeText);
    }
}

internal sealed class AddMeetingHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddMeetingCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(AddMeetingCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupRecords.LoadActiveAsync(db, user, request.GroupId, mentorsOnly: false, cancellationToken);
        if (DateOnly.FromDateTime(request.At!.Value.UtcDateTime) < group.StartedAt)
        {
            throw new ValidationException("at", Texts.Pick("Встреча не может быть раньше начала работы пары.", "A meeting cannot be before the pair started."));
        }

        var meeting = new Meeting(group.Id, request.At.Value, request.DurationMinutes!.Value, request.Kind!.Value, request.Topic, request.Notes);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<MeetingDto>(meeting);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetMeetingsQuery(Guid GroupId, MeetingKind? Kind = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<MeetingDto>>, IPagedRequest;

public sealed class GetMeetingsValidator : AbstractValidator<GetMeetingsQuery>
{
    public GetMeetingsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class GetMeetingsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMeetingsQuery, PagedList<MeetingDto>>
{
    public async Task<PagedList<MeetingDto>> Handle(GetMeetingsQuery request, CancellationToken cancellationToken)
    {
        await GroupRecords.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        var query = db.Meetings.AsNoTracking().Where(m => m.GroupId == request.GroupId);
        if (request.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        return await query.OrderBy(m => m.At).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MeetingDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>The meeting totals of one pair/group.</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetMeetingHoursQuery(Guid GroupId) : IRequest<MeetingHoursDto>;

internal sealed class GetMeetingHoursHandler(IApplicationDbContext db) : IRequestHandler<GetMeetingHoursQuery, MeetingHoursDto>
{
    public async Task<MeetingHoursDto> Handle(GetMeetingHoursQuery request, CancellationToken cancellationToken)
    {
        await GroupRecords.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        var meetings = db.Meetings.Where(m => m.GroupId == request.GroupId);
        var count = await meetings.CountAsync(cancellationToken);
        var minutes = await meetings.SumAsync(m => m.DurationMinutes, cancellationToken);
        return GroupRecords.Hours(request.GroupId, count, minutes);
    }
}

/// <summary>The meeting totals of every pair/group of the programme, computed in the database.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeMeetingHoursQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<MeetingHoursDto>>, IPagedRequest;

public sealed class GetProgrammeMeetingHoursValidator : AbstractValidator<GetProgrammeMeetingHoursQuery>
{
    public GetProgrammeMeetingHoursValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetProgrammeMeetingHoursHandler(IApplicationDbContext db) : IRequestHandler<GetProgrammeMeetingHoursQuery, PagedList<MeetingHoursDto>>
{
    public async Task<PagedList<MeetingHoursDto>> Handle(GetProgrammeMeetingHoursQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var totals = db.MentoringGroups.Where(g => g.ProgrammeId == request.ProgrammeId).OrderBy(g => g.StartedAt).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                Meetings = db.Meetings.Count(m => m.GroupId == g.Id),
                Minutes = db.Meetings.Where(m => m.GroupId == g.Id).Sum(m => (int?)m.DurationMinutes) ?? 0,
            });
        var page = await totals.ToPagedListAsync(PageRequest.From(request), cancellationToken);
        return new PagedList<MeetingHoursDto>(page.Items.Select(t => GroupRecords.Hours(t.Id, t.Meetings, t.Minutes)).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}

/// <summary>Records an intermediate result of the pair/group or of one mentee (the curator or a mentor of the group).</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddIntermediateResultCommand(Guid? MenteePersonId, DateOnly? RecordedOn, string? Text) : IRequest<IntermediateResultDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class AddIntermediateResultValidator : AbstractValidator<AddIntermediateResultCommand>
{
    public AddIntermediateResultValidator()
    {
        RuleFor(c => c.RecordedOn).NotNull();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
}

internal sealed class AddIntermediateResultHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddIntermediateResultCommand, IntermediateResultDto>
{
    public async Task<IntermediateResultDto> Handle(AddIntermediateResultCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupRecords.LoadAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
        GroupRecords.EnsureMentee(group, request.MenteePersonId);
        var result = new IntermediateResult(group.Id, request.MenteePersonId, request.RecordedOn!.Value, request.Text!);
        db.IntermediateResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<IntermediateResultDto>(result);
    }
}

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetIntermediateResultsQuery(Guid GroupId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<IntermediateResultDto>>, IPagedRequest;

public sealed class GetIntermediateResultsValidator : AbstractValidator<GetIntermediateResultsQuery>
{
    public GetIntermediateResultsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetIntermediateResultsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetIntermediateResultsQuery, PagedList<IntermediateResultDto>>
{
    public async Task<PagedList<IntermediateResultDto>> Handle(GetIntermediateResultsQuery request, CancellationToken cancellationToken)
    {
        await GroupRecords.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        return await db.IntermediateResults.AsNoTracking().Where(r => r.GroupId == request.GroupId).OrderBy(r => r.RecordedOn).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<IntermediateResultDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>
/// Feedback of a member at the initial, midpoint or final point. A member gives their own; staff may enter a
/// member's feedback given on paper (<c>authorPersonId</c>). Final feedback is taken after the group ended too.
/// </summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddFeedbackCommand(Guid? AuthorPersonId, ProgressPoint? Stage, string? Text, int? Rating) : IRequest<FeedbackDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

public sealed class AddFeedbackValidator : AbstractValidator<AddFeedbackCommand>
{
    public AddFeedbackValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
        RuleFor(c => c.Rating).InclusiveBetween(Feedback.MinRating, Feedback.MaxRating);
    }
}

internal sealed class AddFeedbackHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<AddFeedbackCommand, FeedbackDto>
{
    public async Task<FeedbackDto> Handle(AddFeedbackCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        var author = caller.IsMember && (request.AuthorPersonId is null || request.AuthorPersonId == caller.MemberPersonId)
            ? caller.MemberPersonId!.Value
            : caller.IsStaff && request.AuthorPersonId is { } given
                ? given
                : throw (caller.IsStaff
                    ? new ValidationException("authorPersonId", Texts.Pick("Укажите участника, чей отзыв вносится.", "Give the member whose feedback this is."))
                    : new ForbiddenAccessException());
        if (!group.IsMember(author))
        {
            throw new ValidationException("authorPersonId", Texts.Pick("Автор отзыва — участник пары или группы.", "The author of feedback is a member of the pair or group."));
        }

        var feedback = new Feedback(group.Id, author, request.Stage!.Value, request.Text!, request.Rating, time.GetUtcNow());
        db.Feedbacks.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<FeedbackDto>(feedback);
    }
}

/// <summary>Feedback of the pair/group: staff see all of it, a member their own.</summary>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetFeedbackQuery(Guid GroupId, ProgressPoint? Stage = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<FeedbackDto>>, IPagedRequest;

public sealed class GetFeedbackValidator : AbstractValidator<GetFeedbackQuery>
{
    public GetFeedbackValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Stage).IsInEnum();
    }
}

internal sealed class GetFeedbackHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetFeedbackQuery, PagedList<FeedbackDto>>
{
    public async Task<PagedList<FeedbackDto>> Handle(GetFeedbackQuery request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        var query = db.Feedbacks.AsNoTracking().Where(f => f.GroupId == group.Id);
        if (!caller.IsStaff)
        {
            query = query.Where(f => f.AuthorPersonId == caller.MemberPersonId);
        }

        if (request.Stage is { } stage)
        {
            query = query.Where(f => f.Stage == stage);
        }

        return await query.OrderBy(f => f.GivenAt).ThenBy(f => f.Id)
            .ProjectToPagedListAsync<FeedbackDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class GroupRecords
{
    /// <summary>The group for a record: staff, or a member (a mentor when <paramref name="mentorsOnly"/>); others are refused.</summary>
    public static async Task<MentoringGroup> LoadAsync(IApplicationDbContext db, ICurrentUser user, Guid groupId, bool mentorsOnly, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(groupId, cancellationToken);
        var caller = user.CallerIn(group);
        if (!caller.IsStaff && (!caller.IsMember || (mentorsOnly && caller.MemberRole != GroupRole.Mentor)))
        {
            throw new ForbiddenAccessException();
        }

        (await db.ProgrammeAsync(group.ProgrammeId, cancellationToken)).EnsureActive();
        return group;
    }

    public static async Task<MentoringGroup> LoadActiveAsync(IApplicationDbContext db, ICurrentUser user, Guid groupId, bool mentorsOnly, CancellationToken cancellationToken)
    {
        var group = await LoadAsync(db, user, groupId, mentorsOnly, cancellationToken);
        if (!group.IsActive)
        {
            throw new ConflictException(Texts.Pick("Пара или группа уже завершена.", "The pair or group has ended."), "status");
        }

        return group;
    }

    public static async Task EnsureVisibleAsync(IApplicationDbContext db, Guid groupId, CancellationToken cancellationToken)
    {
        if (!await db.MentoringGroups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            throw new NotFoundException(nameof(MentoringGroup), groupId);
        }
    }

    public static void EnsureMentee(MentoringGroup group, Guid? menteePersonId)
    {
        if (menteePersonId is { } id && !group.Members.Any(m => m.PersonId == id && m.Role == GroupRole.Mentee))
        {
            throw new ValidationException("menteePersonId", Texts.Pick("Этот человек не наставляемый этой пары или группы.", "The person is not a mentee of this pair or group."));
        }
    }

    public static MeetingHoursDto Hours(Guid groupId, int meetings, int minutes) =>
        new(groupId, meetings, minutes, Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero));
}
