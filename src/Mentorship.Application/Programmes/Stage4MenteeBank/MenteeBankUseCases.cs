using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage1LaunchConditions;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank;

public sealed record MenteeRequestDto
{
    public Guid Id { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MenteeRequest, MenteeRequestDto>()
            .ForMember(d => d.Tags, o => o.MapFrom(s => s.Tags.OrderBy(t => t.Tag).Select(t => t.Tag)));
    }
}

/// <summary>A mentee of the bank with the requests (topic tags and text) and the channel the data came from.</summary>
public sealed record MenteeDto
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public int? Grade { get; init; }

    public bool HasSpecialNeeds { get; init; }

    public MenteeDataChannel DataChannel { get; init; }

    public bool IsActive { get; init; }

    public IReadOnlyList<MenteeRequestDto> Requests { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Mentee, MenteeDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.Grade, o => o.MapFrom(s => s.Person!.Grade))
            .ForMember(d => d.HasSpecialNeeds, o => o.MapFrom(s => s.Person!.HasSpecialNeeds))
            .ForMember(d => d.Requests, o => o.MapFrom(s => s.Requests.OrderBy(r => r.Id)));
    }
}

public sealed record InformingRecordDto
{
    public Guid Id { get; init; }

    public Guid? MenteeId { get; init; }

    public InformingChannel Channel { get; init; }

    public DateOnly InformedOn { get; init; }

    public string? Note { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<InformingRecord, InformingRecordDto>();
    }
}

public sealed record MenteeRequestInput(string? Text, IReadOnlyList<string>? Tags);

public sealed class MenteeRequestInputValidator : AbstractValidator<MenteeRequestInput>
{
    public MenteeRequestInputValidator()
    {
        RuleFor(r => r.Text).MaximumLength(TextLengths.FreeText);
        RuleFor(r => r.Tags).NotEmpty();
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}

/// <summary>Enters a person into the mentee bank (stage 4 on), with the first requests if known.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMenteeCommand(Guid? PersonId, MenteeDataChannel? DataChannel, IReadOnlyList<MenteeRequestInput>? Requests) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddMenteeValidator : AbstractValidator<AddMenteeCommand>
{
    public AddMenteeValidator()
    {
        RuleFor(c => c.PersonId).NotEmpty();
        RuleFor(c => c.DataChannel).NotNull().IsInEnum();
        RuleForEach(c => c.Requests).SetValidator(new MenteeRequestInputValidator());
    }
}

internal sealed class AddMenteeHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMenteeCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(AddMenteeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        var personId = request.PersonId!.Value;
        await LaunchRules.EnsurePersonAsync(db, personId, cancellationToken);
        if (await db.Mentees.AnyAsync(m => m.ProgrammeId == programme.Id && m.PersonId == personId, cancellationToken))
        {
            throw new ConflictException(Texts.Pick("Этот наставляемый уже в базе программы.", "The mentee is already in the programme's bank."), "personId");
        }

        var mentee = new Mentee(programme.Id, personId, request.DataChannel!.Value);
        foreach (var input in request.Requests ?? [])
        {
            mentee.AddRequest(input.Text, input.Tags ?? []);
        }

        db.Mentees.Add(mentee);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMenteeQuery(programme.Id, mentee.Id), cancellationToken);
    }
}

/// <summary>Changes the data channel, or takes the mentee out of (or back into) the matching.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateMenteeCommand(MenteeDataChannel? DataChannel, bool? IsActive) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MenteeId { get; init; }
}

public sealed class UpdateMenteeValidator : AbstractValidator<UpdateMenteeCommand>
{
    public UpdateMenteeValidator() => RuleFor(c => c.DataChannel).NotNull().IsInEnum();
}

internal sealed class UpdateMenteeHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<UpdateMenteeCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(UpdateMenteeCommand request, CancellationToken cancellationToken)
    {
        var mentee = await MenteeRules.LoadAsync(db, request.ProgrammeId, request.MenteeId, cancellationToken);
        mentee.ChangeDataChannel(request.DataChannel!.Value);
        if (request.IsActive == false)
        {
            mentee.Deactivate();
        }
        else if (request.IsActive == true)
        {
            mentee.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMenteeQuery(request.ProgrammeId, mentee.Id), cancellationToken);
    }
}

/// <summary>Adds a request (запрос) of the mentee: topic tags that matching uses, and the request in words.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMenteeRequestCommand(string? Text, IReadOnlyList<string>? Tags) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MenteeId { get; init; }
}

public sealed class AddMenteeRequestValidator : AbstractValidator<AddMenteeRequestCommand>
{
    public AddMenteeRequestValidator()
    {
        RuleFor(r => r.Text).MaximumLength(TextLengths.FreeText);
        RuleFor(r => r.Tags).NotEmpty();
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}

internal sealed class AddMenteeRequestHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMenteeRequestCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(AddMenteeRequestCommand request, CancellationToken cancellationToken)
    {
        var mentee = await MenteeRules.LoadAsync(db, request.ProgrammeId, request.MenteeId, cancellationToken);
        mentee.AddRequest(request.Text, request.Tags!);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMenteeQuery(request.ProgrammeId, mentee.Id), cancellationToken);
    }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveMenteeRequestCommand(Guid ProgrammeId, Guid MenteeId, Guid RequestId) : IRequest<MenteeDto>;

internal sealed class RemoveMenteeRequestHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<RemoveMenteeRequestCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(RemoveMenteeRequestCommand request, CancellationToken cancellationToken)
    {
        var mentee = await MenteeRules.LoadAsync(db, request.ProgrammeId, request.MenteeId, cancellationToken);
        if (mentee.Requests.All(r => r.Id != request.RequestId))
        {
            throw new NotFoundException(nameof(MenteeRequest), request.RequestId);
        }

        mentee.RemoveRequest(request.RequestId);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMenteeQuery(request.ProgrammeId, mentee.Id), cancellationToken);
    }
}

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMenteeQuery(Guid ProgrammeId, Guid MenteeId) : IRequest<MenteeDto>;

internal sealed class GetMenteeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMenteeQuery, MenteeDto>
{
    public async Task<MenteeDto> Handle(GetMenteeQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Mentees.AsNoTracking().Where(m => m.Id == request.MenteeId && m.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MenteeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Mentee), request.MenteeId);
    }
}

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Tag">Only mentees with a request of this topic tag.</param>
/// <param name="IsActive">Only active (or only inactive) mentees.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMenteesQuery(Guid ProgrammeId, string? Tag = null, bool? IsActive = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MenteeDto>>, IPagedRequest;

public sealed class GetMenteesValidator : AbstractValidator<GetMenteesQuery>
{
    public GetMenteesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Tag).MaximumLength(TextLengths.Tag);
    }
}

internal sealed class GetMenteesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMenteesQuery, PagedList<MenteeDto>>
{
    public async Task<PagedList<MenteeDto>> Handle(GetMenteesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.Mentees.AsNoTracking().Where(m => m.ProgrammeId == request.ProgrammeId);
        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var tag = Tags.Normalize(request.Tag, "tag");
            query = query.Where(m => m.Requests.Any(r => r.Tags.Any(t => t.Tag == tag)));
        }

        if (request.IsActive is { } active)
        {
            query = query.Where(m => m.IsActive == active);
        }

        return await query.OrderBy(m => m.Created).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MenteeDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

/// <summary>Logs informing done at stage 4: of one mentee (and family), or of the programme's audience at large.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddInformingRecordCommand(Guid? MenteeId, InformingChannel? Channel, DateOnly? InformedOn, string? Note) : IRequest<InformingRecordDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddInformingRecordValidator : AbstractValidator<AddInformingRecordCommand>
{
    public AddInformingRecordValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.InformedOn).NotNull();
        RuleFor(c => c.Note).MaximumLength(TextLengths.FreeText);
    }
}

internal sealed class AddInformingRecordHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddInformingRecordCommand, InformingRecordDto>
{
    public async Task<InformingRecordDto> Handle(AddInformingRecordCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        if (request.MenteeId is { } menteeId && !await db.Mentees.AnyAsync(m => m.Id == menteeId && m.ProgrammeId == programme.Id, cancellationToken))
        {
            throw new ValidationException("menteeId", Texts.NotFound(nameof(Mentee), menteeId));
        }

        var record = new InformingRecord(programme.Id, request.MenteeId, request.Channel!.Value, request.InformedOn!.Value, request.Note);
        db.InformingRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InformingRecordDto>(record);
    }
}

/// <param name="ProgrammeId">The programme.</param>
/// <param name="MenteeId">Only the informing of this mentee.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetInformingRecordsQuery(Guid ProgrammeId, Guid? MenteeId = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<InformingRecordDto>>, IPagedRequest;

public sealed class GetInformingRecordsValidator : AbstractValidator<GetInformingRecordsQuery>
{
    public GetInformingRecordsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetInformingRecordsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetInformingRecordsQuery, PagedList<InformingRecordDto>>
{
    public async Task<PagedList<InformingRecordDto>> Handle(GetInformingRecordsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.InformingRecords.AsNoTracking().Where(r => r.ProgrammeId == request.ProgrammeId);
        if (request.MenteeId is { } menteeId)
        {
            query = query.Where(r => r.MenteeId == menteeId);
        }

        return await query.OrderBy(r => r.InformedOn).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<InformingRecordDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class MenteeRules
{
    public static async Task<Mentee> LoadAsync(IApplicationDbContext db, Guid programmeId, Guid menteeId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        return await db.Mentees.Include(m => m.Requests).ThenInclude(r => r.Tags)
                   .SingleOrDefaultAsync(m => m.Id == menteeId && m.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(Mentee), menteeId);
    }
}
