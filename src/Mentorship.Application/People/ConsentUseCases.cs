using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

public sealed record ConsentDto
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public ConsentGiver GivenBy { get; init; }

    public string? RepresentativeName { get; init; }

    public required string Purpose { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? DocumentReference { get; init; }

    public bool IsActive { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Consent, ConsentDto>().ForMember(d => d.IsActive, o => o.MapFrom(s => s.RevokedAt == null));
    }
}

/// <summary>
/// Records a consent to personal-data processing (согласие на обработку персональных данных): by the person, or
/// for a minor by a legal representative, whose name is then required.
/// </summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record GiveConsentCommand(ConsentGiver? GivenBy, string? RepresentativeName, string? Purpose, DateTimeOffset? GivenAt, string? DocumentReference) : IRequest<ConsentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

public sealed class GiveConsentValidator : AbstractValidator<GiveConsentCommand>
{
    public GiveConsentValidator(TimeProvider time)
    {
        RuleFor(c => c.GivenBy).NotNull().IsInEnum();
        RuleFor(c => c.RepresentativeName).NotEmpty().When(c => c.GivenBy == ConsentGiver.LegalRepresentative)
            .WithMessage(_ => Texts.Pick("Укажите законного представителя.", "Name the legal representative."));
        RuleFor(c => c.RepresentativeName).MaximumLength(Consent.RepresentativeNameMaxLength);
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(Consent.PurposeMaxLength);
        RuleFor(c => c.DocumentReference).MaximumLength(Consent.DocumentReferenceMaxLength);
        RuleFor(c => c.GivenAt).Must(at => at is null || at <= time.GetUtcNow().AddMinutes(5))
            .WithMessage(_ => Texts.Pick("Согласие не может быть дано в будущем.", "A consent cannot be given in the future."));
    }
}

internal sealed class GiveConsentHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<GiveConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(GiveConsentCommand request, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
                     ?? throw new NotFoundException(nameof(Person), request.PersonId);
        var consent = person.GiveConsent(request.GivenBy!.Value, request.RepresentativeName, request.Purpose!, request.GivenAt ?? time.GetUtcNow(), request.DocumentReference);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ConsentDto>(consent);
    }
}

/// <summary>Revokes a consent; the person's active participations end with the reason "consent revoked" (an event handler), in one transaction.</summary>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record RevokeConsentCommand(Guid PersonId, Guid ConsentId) : IRequest<ConsentDto>, ITransactionalCommand;

internal sealed class RevokeConsentHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<RevokeConsentCommand, ConsentDto>
{
    public async Task<ConsentDto> Handle(RevokeConsentCommand request, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
                     ?? throw new NotFoundException(nameof(Person), request.PersonId);
        var consent = person.Consents.SingleOrDefault(c => c.Id == request.ConsentId)
                      ?? throw new NotFoundException(nameof(Consent), request.ConsentId);
        if (consent.IsRevoked)
        {
            throw new ConflictException(Texts.Pick("Согласие уже отозвано.", "The consent is already revoked."));
        }

        person.RevokeConsent(consent.Id, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ConsentDto>(consent);
    }
}

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetConsentsQuery(Guid PersonId) : IRequest<IReadOnlyList<ConsentDto>>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetConsentsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetConsentsQuery, IReadOnlyList<ConsentDto>>
{
    public async Task<IReadOnlyList<ConsentDto>> Handle(GetConsentsQuery request, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == request.PersonId, cancellationToken))
        {
            throw new NotFoundException(nameof(Person), request.PersonId);
        }

        return await db.Consents.AsNoTracking().Where(c => c.PersonId == request.PersonId).OrderByDescending(c => c.GivenAt)
            .ProjectTo<ConsentDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
    }
}
