using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Organizations;

/// <summary>
/// The public contacts of an organisation: its reception e-mail, phone and website. These are the only
/// contacts the open information resource shows, and never a person's.
/// </summary>
public sealed record PublicOrganizationContactsDto
{
    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public string? Address { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationContactsDto>();
    }
}

/// <summary>An organisation as the open information resource shows it.</summary>
public sealed record PublicOrganizationCardDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrganizationKind Kind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    /// <summary>Сельская организация.</summary>
    public bool IsRural { get; init; }

    /// <summary>Труднодоступная organisation.</summary>
    public bool IsHardToReach { get; init; }

    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationCardDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Municipality!.Region!.Name))
            .ForMember(d => d.OrganizationContacts, o => o.MapFrom(s => s));
    }
}

/// <summary>An organisation in the public directory, with whether it runs a published programme this academic year.</summary>
public sealed record PublicOrganizationDto : IPublicResource
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrganizationKind Kind { get; init; }

    public Guid MunicipalityId { get; init; }

    public required string MunicipalityName { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public bool IsRural { get; init; }

    public bool IsHardToReach { get; init; }

    public required PublicOrganizationContactsDto OrganizationContacts { get; init; }

    /// <summary>Runs a published programme in the current academic year.</summary>
    public bool RunsProgrammeThisYear { get; init; }

    public DateTimeOffset LastModified { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Organization, PublicOrganizationDto>()
            .ForMember(d => d.MunicipalityName, o => o.MapFrom(s => s.Municipality!.Name))
            .ForMember(d => d.RegionId, o => o.MapFrom(s => s.Municipality!.RegionId))
            .ForMember(d => d.RegionName, o => o.MapFrom(s => s.Municipality!.Region!.Name))
            .ForMember(d => d.OrganizationContacts, o => o.MapFrom(s => s))
            .ForMember(d => d.RunsProgrammeThisYear, o => o.Ignore());
    }
}

/// <param name="Search">Words of the name or short name (case-insensitive, ё = е).</param>
/// <param name="RegionId">Only the organisations of this region.</param>
/// <param name="MunicipalityId">Only the organisations of this municipality.</param>
/// <param name="Kind">Only organisations of this kind.</param>
/// <param name="RunsProgrammeThisYear">true: only those running a published programme this academic year; false: only those not.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicOrganizationsQuery(
    string? Search = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? Kind = null,
    bool? RunsProgrammeThisYear = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicOrganizationDto>>, IPagedRequest;

public sealed class GetPublicOrganizationsValidator : AbstractValidator<GetPublicOrganizationsQuery>
{
    public GetPublicOrganizationsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class GetPublicOrganizationsHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time)
    : IRequestHandler<GetPublicOrganizationsQuery, PagedList<PublicOrganizationDto>>
{
    public async Task<PagedList<PublicOrganizationDto>> Handle(GetPublicOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var thisYear = AcademicYear.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var running = db.PublishedProgrammes().Where(PublicScope.RunsIn(thisYear));

        var query = db.PublicOrganizations().Filter(request.RegionId, request.MunicipalityId, request.Kind, request.Search);
        if (request.RunsProgrammeThisYear == true)
        {
            query = query.Where(o => running.Any(p => p.OrganizationId == o.Id));
        }
        else if (request.RunsProgrammeThisYear == false)
        {
            query = query.Where(o => !running.Any(p => p.OrganizationId == o.Id));
        }

        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ProjectToPagedListAsync<PublicOrganizationDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        var ids = page.Items.Select(o => o.Id).ToList();
        var runningIds = await running.Where(p => ids.Contains(p.OrganizationId)).Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken);
        return page with { Items = page.Items.Select(o => o with { RunsProgrammeThisYear = runningIds.Contains(o.Id) }).ToList() };
    }
}

internal static class PublicOrganizationFilters
{
    /// <summary>The filters the organisation directory and the partners list share.</summary>
    public static IQueryable<Organization> Filter(this IQueryable<Organization> query, Guid? regionId, Guid? municipalityId, OrganizationKind? kind, string? search)
    {
        if (regionId is { } region)
        {
            query = query.Where(o => o.Municipality!.RegionId == region);
        }

        if (municipalityId is { } municipality)
        {
            query = query.Where(o => o.MunicipalityId == municipality);
        }

        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        foreach (var word in PublicScope.QueryWords(search))
        {
            query = query.Where(o => o.NameNormalized.Contains(word));
        }

        return query;
    }
}
