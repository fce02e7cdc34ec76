using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps;

/// <summary>
/// The reads the roadmap use cases share: a roadmap as the API shows it, and a roadmap (or owner) the caller may
/// change. The rules of a roadmap itself are the aggregate's (<see cref="Roadmap"/>).
/// </summary>
internal static class RoadmapReads
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static async Task<RoadmapDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid id, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().Where(r => r.Id == id).ProjectTo<RoadmapDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Roadmap), id);

    /// <summary>A roadmap the caller may change, with its items: visible (the query filter) and, for a municipality's, one the caller manages.</summary>
    public static async Task<Roadmap> WritableAsync(IApplicationDbContext db, ICurrentUser user, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Items).FindVersionedAsync(id, expectedVersion, cancellationToken);
        if (roadmap.MunicipalityId is { } municipalityId && !await ManagesMunicipalityAsync(db, user, municipalityId, cancellationToken))
        {
            throw new NotFoundException(nameof(Roadmap), id);
        }

        return roadmap;
    }

    /// <summary>
    /// A submitted roadmap's reviewer: for a school's, who manages the school's municipality (its municipal coordinator,
    /// or the region above); for a municipality's, who manages the region. Others who see it are refused (403); who does
    /// not see it gets 404.
    /// </summary>
    public static async Task<Roadmap> ReviewableAsync(IApplicationDbContext db, ICurrentUser user, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.FindVersionedAsync(id, expectedVersion, cancellationToken);
        var municipalityId = roadmap.MunicipalityId
            ?? await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == roadmap.OrganizationId).Select(o => o.MunicipalityId).SingleAsync(cancellationToken);
        var regionId = await db.Municipalities.IgnoreQueryFilters().Where(m => m.Id == municipalityId).Select(m => m.RegionId).SingleAsync(cancellationToken);
        var reviewer = roadmap.OrganizationId is null ? user.CanManageRegion(regionId) : user.CanManageMunicipality(municipalityId, regionId);
        return reviewer ? roadmap : throw new ForbiddenAccessException(ErrorCodes.RoadmapWorkflow.NotReviewer);
    }

    /// <summary>The period a create or update gives: its two years, or else the calendar years of its academic year.</summary>
    public static RoadmapPeriod Period(IRoadmapHeader header) =>
        header.StartYear is { } start && header.EndYear is { } end ? new RoadmapPeriod(start, end) : RoadmapPeriod.Of(header.AcademicYear!.Value);

    /// <summary>A plan item of the roadmap, as its route names it.</summary>
    public static RoadmapItem Item(Roadmap roadmap, Guid itemId) =>
        roadmap.FindItem(itemId) ?? throw new NotFoundException(nameof(RoadmapItem), itemId);

    /// <summary>The owner of a new roadmap: a municipality the caller manages, or an organisation the caller sees.</summary>
    public static async Task EnsureOwnerWritableAsync(IApplicationDbContext db, ICurrentUser user, Roadmap roadmap, CancellationToken cancellationToken)
    {
        if (roadmap.MunicipalityId is { } municipalityId && !await ManagesMunicipalityAsync(db, user, municipalityId, cancellationToken))
        {
            throw new ValidationException("municipalityId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Municipality)), municipalityId);
        }

        if (roadmap.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw new ValidationException("organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), organizationId);
        }
    }

    private static async Task<bool> ManagesMunicipalityAsync(IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        return municipality is not null && user.CanManageMunicipality(municipality.Id, municipality.RegionId);
    }
}
