using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

// The facts the yearly efficiency criteria read: employment of teachers (criterion 4), contests (5, 6),
// presentations and publications, and trainings on mentorship (6).

public sealed record EmploymentDto(Guid Id, Guid PersonId, Guid OrganizationId, DateOnly HiredAt, DateOnly? LeftAt, decimal ExperienceYearsAtHire, bool IsYoungSpecialist)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Employment, EmploymentDto>();
    }
}

public sealed record ContestParticipationDto(Guid Id, Guid PersonId, int Year, DateOnly? Date, ActivityLevel Level, ContestKind Kind, string Name, string? Result)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ContestParticipation, ContestParticipationDto>();
    }
}

public sealed record PublicationDto(Guid Id, Guid PersonId, PublicationKind Kind, ActivityLevel Level, string Title, DateOnly Date, string? Url)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Publication, PublicationDto>();
    }
}

public sealed record TrainingDto(Guid Id, Guid PersonId, string Name, int Hours, DateOnly CompletedAt, string? Provider)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Training, TrainingDto>();
    }
}

/// <summary>A teacher's employment at an organisation; the young-specialist flag defaults from the experience at hire (under 3 years).</summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddEmploymentCommand(Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist) : IRequest<EmploymentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

public sealed class AddEmploymentValidator : AbstractValidator<AddEmploymentCommand>
{
    public AddEmploymentValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.HiredAt).NotNull();
        RuleFor(c => c.LeftAt).GreaterThanOrEqualTo(c => c.HiredAt).When(c => c.LeftAt is not null && c.HiredAt is not null);
        RuleFor(c => c.ExperienceYearsAtHire).NotNull().InclusiveBetween(0m, 70m);
    }
}

internal sealed class AddEmploymentHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddEmploymentCommand, EmploymentDto>
{
    public async Task<EmploymentDto> Handle(AddEmploymentCommand request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        if (person.Category != PersonCategory.Teacher)
        {
            throw new ValidationException("personId", Texts.Pick("Сведения о трудоустройстве ведутся для педагогов.", "Employment is kept for teachers."));
        }

        await PersonRules.EnsureOrganizationInScope(db, request.OrganizationId!.Value, cancellationToken);
        var employment = new Employment(person.Id, request.OrganizationId.Value, request.HiredAt!.Value, request.ExperienceYearsAtHire!.Value, request.IsYoungSpecialist);
        if (request.LeftAt is { } leftAt)
        {
            employment.End(leftAt);
        }

        db.Employments.Add(employment);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<EmploymentDto>(employment);
    }
}

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record EndEmploymentCommand(DateOnly? LeftAt) : IRequest<EmploymentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid EmploymentId { get; init; }
}

public sealed class EndEmploymentValidator : AbstractValidator<EndEmploymentCommand>
{
    public EndEmploymentValidator() => RuleFor(c => c.LeftAt).NotNull();
}

internal sealed class EndEmploymentHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<EndEmploymentCommand, EmploymentDto>
{
    public async Task<EmploymentDto> Handle(EndEmploymentCommand request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        var employment = await db.Employments.SingleOrDefaultAsync(e => e.Id == request.EmploymentId && e.PersonId == person.Id, cancellationToken)
                         ?? throw new NotFoundException(nameof(Employment), request.EmploymentId);
        employment.End(request.LeftAt!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<EmploymentDto>(employment);
    }
}

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddContestParticipationCommand(int? Year, DateOnly? Date, ActivityLevel? Level, ContestKind? Kind, string? Name, string? Result) : IRequest<ContestParticipationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

public sealed class AddContestParticipationValidator : AbstractValidator<AddContestParticipationCommand>
{
    public AddContestParticipationValidator()
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(2000, 2100);
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Result).MaximumLength(TextLengths.Label);
    }
}

internal sealed class AddContestParticipationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddContestParticipationCommand, ContestParticipationDto>
{
    public async Task<ContestParticipationDto> Handle(AddContestParticipationCommand request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        var record = new ContestParticipation(person.Id, request.Year!.Value, request.Date, request.Level!.Value, request.Kind!.Value, request.Name!, request.Result);
        db.ContestParticipations.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ContestParticipationDto>(record);
    }
}

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddPublicationCommand(PublicationKind? Kind, ActivityLevel? Level, string? Title, DateOnly? Date, string? Url) : IRequest<PublicationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

public sealed class AddPublicationValidator : AbstractValidator<AddPublicationCommand>
{
    public AddPublicationValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Url).MaximumLength(TextLengths.Paragraph)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _)).When(c => !string.IsNullOrWhiteSpace(c.Url));
    }
}

internal sealed class AddPublicationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddPublicationCommand, PublicationDto>
{
    public async Task<PublicationDto> Handle(AddPublicationCommand request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        var record = new Publication(person.Id, request.Kind!.Value, request.Level!.Value, request.Title!, request.Date!.Value, request.Url);
        db.Publications.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<PublicationDto>(record);
    }
}

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddTrainingCommand(string? Name, int? Hours, DateOnly? CompletedAt, string? Provider) : IRequest<TrainingDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

public sealed class AddTrainingValidator : AbstractValidator<AddTrainingCommand>
{
    public AddTrainingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Hours).NotNull().InclusiveBetween(1, Training.MaxHours);
        RuleFor(c => c.CompletedAt).NotNull();
        RuleFor(c => c.Provider).MaximumLength(TextLengths.Label);
    }
}

internal sealed class AddTrainingHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddTrainingCommand, TrainingDto>
{
    public async Task<TrainingDto> Handle(AddTrainingCommand request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        var record = new Training(person.Id, request.Name!, request.Hours!.Value, request.CompletedAt!.Value, request.Provider);
        db.Trainings.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TrainingDto>(record);
    }
}

/// <summary>All the activity records of a person, newest first.</summary>
public sealed record PersonRecordsDto(
    IReadOnlyList<EmploymentDto> Employments,
    IReadOnlyList<ContestParticipationDto> Contests,
    IReadOnlyList<PublicationDto> Publications,
    IReadOnlyList<TrainingDto> Trainings);

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPersonRecordsQuery(Guid PersonId) : IRequest<PersonRecordsDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetPersonRecordsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPersonRecordsQuery, PersonRecordsDto>
{
    public async Task<PersonRecordsDto> Handle(GetPersonRecordsQuery request, CancellationToken cancellationToken)
    {
        var person = await RecordRules.PersonAsync(db, request.PersonId, cancellationToken);
        var config = mapper.ConfigurationProvider;
        return new PersonRecordsDto(
            await db.Employments.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.HiredAt).ProjectTo<EmploymentDto>(config).ToListAsync(cancellationToken),
            await db.ContestParticipations.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.Year).ProjectTo<ContestParticipationDto>(config).ToListAsync(cancellationToken),
            await db.Publications.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.Date).ProjectTo<PublicationDto>(config).ToListAsync(cancellationToken),
            await db.Trainings.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.CompletedAt).ProjectTo<TrainingDto>(config).ToListAsync(cancellationToken));
    }
}

internal static class RecordRules
{
    public static async Task<Person> PersonAsync(IApplicationDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
                     ?? throw new NotFoundException(nameof(Person), personId);
        return person.IsAnonymised
            ? throw new ConflictException(Texts.Pick("Персональные данные удалены; новые сведения не принимаются.", "The person's data was erased; no new records are taken."))
            : person;
    }
}
