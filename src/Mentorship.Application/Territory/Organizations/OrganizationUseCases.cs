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
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations;

public sealed record OrganizationDto
{
    public Guid Id { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public string? Inn { get; init; }

    public OrganizationKind Kind { get; init; }

    public bool IsRural { get; init; }

    public bool IsHardToReach { get; init; }

    public string? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public bool IsArchived { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, OrganizationDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId));
    }
}

/// <summary>The fields a caller sets on an organisation; create and update share them.</summary>
public interface IOrganizationFields
{
    Guid? MunicipalityId { get; }

    string? Name { get; }

    string? ShortName { get; }

    OrganizationKind? Kind { get; }

    string? Inn { get; }

    bool? IsRural { get; }

    bool? IsHardToReach { get; }

    string? Address { get; }

    string? Email { get; }

    string? Phone { get; }

    string? Website { get; }
}

[Authorize(Roles = Roles.Coordinators)]
public sealed record CreateOrganizationCommand(
    Guid? MunicipalityId,
    string? Name,
    string? ShortName,
    OrganizationKind? Kind,
    string? Inn,
    bool? IsRural,
    bool? IsHardToReach,
    string? Address,
    string? Email,
    string? Phone,
    string? Website) : IRequest<OrganizationDto>, IOrganizationFields;

[Authorize(Roles = $"{Roles.Coordinators},{Roles.OrganizationAdministrator}")]
public sealed record UpdateOrganizationCommand(
    Guid? MunicipalityId,
    string? Name,
    string? ShortName,
    OrganizationKind? Kind,
    string? Inn,
    bool? IsRural,
    bool? IsHardToReach,
    string? Address,
    string? Email,
    string? Phone,
    string? Website) : IRequest<OrganizationDto>, IOrganizationFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class OrganizationFieldsValidator : AbstractValidator<IOrganizationFields>
{
    public OrganizationFieldsValidator()
    {
        RuleFor(c => c.MunicipalityId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Organization.NameMaxLength);
        RuleFor(c => c.ShortName).MaximumLength(Organization.ShortNameMaxLength);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Inn).Must(inn => string.IsNullOrWhiteSpace(inn) || Inn.IsValid(inn.Trim()))
            .WithMessage(_ => Texts.Pick("ИНН — 10 или 12 цифр с верными контрольными цифрами.", "An INN is 10 or 12 digits with valid check digits."));
        RuleFor(c => c.Address).MaximumLength(Organization.AddressMaxLength);
        RuleFor(c => c.Email).MaximumLength(Organization.ContactMaxLength).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).MaximumLength(Organization.ContactMaxLength);
        RuleFor(c => c.Website).MaximumLength(Organization.ContactMaxLength)
            .Must(w => Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(c => !string.IsNullOrWhiteSpace(c.Website))
            .WithMessage(_ => Texts.Pick("Сайт — абсолютный адрес http(s).", "The website must be an absolute http(s) address."));
    }
}

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator() => Include(new OrganizationFieldsValidator());
}

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator() => Include(new OrganizationFieldsValidator());
}

internal sealed class CreateOrganizationHandler(IApplicationDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<CreateOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(CreateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var municipality = await OrganizationRules.ManageableMunicipality(db, user, request.MunicipalityId!.Value, cancellationToken);
        var inn = await OrganizationRules.FreeInn(db, request.Inn, null, cancellationToken);
        var organization = new Organization(municipality, request.Name!, request.ShortName, request.Kind!.Value, inn);
        OrganizationRules.ApplyLocationAndContacts(organization, request);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganizationQuery(organization.Id), cancellationToken);
    }
}

internal sealed class UpdateOrganizationHandler(IApplicationDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<UpdateOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(UpdateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (organization.IsArchived)
        {
            throw new ConflictException(Texts.Pick("Организация в архиве и не изменяется.", "The organisation is archived and takes no changes."));
        }

        // Moving an organisation to another municipality takes the right to manage the target one.
        var municipality = organization.MunicipalityId == request.MunicipalityId
            ? await db.Municipalities.SingleAsync(m => m.Id == organization.MunicipalityId, cancellationToken)
            : await OrganizationRules.ManageableMunicipality(db, user, request.MunicipalityId!.Value, cancellationToken);
        var inn = await OrganizationRules.FreeInn(db, request.Inn, organization.Id, cancellationToken);
        organization.Update(request.Name!, request.ShortName, request.Kind!.Value, inn, municipality);
        OrganizationRules.ApplyLocationAndContacts(organization, request);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganizationQuery(organization.Id), cancellationToken);
    }
}

/// <summary>Archives an organisation: it keeps its history and indicators, leaves lists and takes no changes.</summary>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ArchiveOrganizationCommand(Guid Id, long? ExpectedVersion) : IRequest<OrganizationDto>, IVersionedCommand;

internal sealed class ArchiveOrganizationHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<ArchiveOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(ArchiveOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (organization.IsArchived)
        {
            throw new ConflictException(Texts.Pick("Организация уже в архиве.", "The organisation is already archived."));
        }

        organization.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganizationQuery(organization.Id), cancellationToken);
    }
}

[Authorize]
public sealed record GetOrganizationQuery(Guid Id) : IRequest<OrganizationDto>;

internal sealed class GetOrganizationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetOrganizationQuery, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(GetOrganizationQuery request, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == request.Id).ProjectTo<OrganizationDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Organization), request.Id);
}

/// <param name="RegionId">Only the organisations of this region.</param>
/// <param name="MunicipalityId">Only the organisations of this municipality.</param>
/// <param name="Kind">Only organisations of this kind.</param>
/// <param name="Search">Words of the name or short name (case-insensitive, ё = е), or an exact INN.</param>
/// <param name="IncludeArchived">Also list archived organisations.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetOrganizationsQuery(
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? Kind = null,
    string? Search = null,
    bool IncludeArchived = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<OrganizationDto>>, IPagedRequest;

public sealed class GetOrganizationsValidator : AbstractValidator<GetOrganizationsQuery>
{
    public GetOrganizationsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class GetOrganizationsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetOrganizationsQuery, PagedList<OrganizationDto>>
{
    public Task<PagedList<OrganizationDto>> Handle(GetOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        if (!request.IncludeArchived)
        {
            query = query.Where(o => !o.IsArchived);
        }

        if (request.RegionId is { } regionId)
        {
            query = query.Where(o => o.Municipality!.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(o => o.MunicipalityId == municipalityId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var raw = request.Search.Trim();
            var words = SearchText.Normalize(raw).Split(' ');
            var byName = query;
            foreach (var word in words)
            {
                byName = byName.Where(o => o.NameNormalized.Contains(word));
            }

            query = Inn.IsValid(raw) ? query.Where(o => o.Inn == raw) : byName;
        }

        return query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ProjectToPagedListAsync<OrganizationDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class OrganizationRules
{
    /// <summary>The municipality to put an organisation in; one the caller may not manage is reported like a missing one.</summary>
    public static async Task<Municipality> ManageableMunicipality(IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        return municipality is not null && user.CanManageMunicipality(municipality.Id, municipality.RegionId)
            ? municipality
            : throw new ValidationException("municipalityId", Texts.NotFound(nameof(Municipality), municipalityId));
    }

    public static async Task<Inn?> FreeInn(IApplicationDbContext db, string? value, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var inn = Inn.Create(value);
        if (await db.Organizations.AnyAsync(o => o.Inn == inn.Value && o.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Организация с ИНН", "An organisation with INN"), inn.Value), "inn");
        }

        return inn;
    }

    public static void ApplyLocationAndContacts(Organization organization, IOrganizationFields fields)
    {
        organization.SetLocation(fields.IsRural ?? false, fields.IsHardToReach ?? false, fields.Address);
        organization.SetContacts(fields.Email, fields.Phone, fields.Website);
    }
}
