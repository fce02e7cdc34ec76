using FluentValidation;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Public.Organizations;

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
