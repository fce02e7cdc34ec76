using System.Linq.Expressions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public;

/// <summary>A response of the open information resource: its newest change becomes the Last-Modified header.</summary>
public interface IPublicResource
{
    DateTimeOffset LastModified { get; }
}

/// <summary>The <c>Public</c> configuration section, as far as the use cases need it.</summary>
public sealed class PublicOptions
{
    public const string Section = "Public";

    /// <summary>
    /// The smallest group of persons whose count is shown: a smaller count (or a smaller remainder of the
    /// denominator) could let a reader recognise a person, so it is hidden.
    /// </summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>
    /// How many matches the public programme search counts at most (beyond the page asked for): past it the total is
    /// reported as a lower bound, so that a broad search costs a page, not a count of every match.
    /// </summary>
    public int SearchCountLimit { get; set; } = 1000;
}

/// <summary>
/// What the open information resource may show, in one place so that no public query can forget it: published
/// programmes only, and no organisation that is a person (an individual entrepreneur's name and contacts are
/// a person's). Anonymous callers have no record scope, so these sets bypass the scope filters explicitly and
/// apply the publication rule instead.
/// </summary>
internal static class PublicScope
{
    public static IQueryable<Programme> PublishedProgrammes(this IApplicationDbContext db) =>
        db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => p.IsPublished && p.Organization!.Kind != OrganizationKind.IndividualEntrepreneur);

    public static IQueryable<Organization> PublicOrganizations(this IApplicationDbContext db) =>
        db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => !o.IsArchived && o.Kind != OrganizationKind.IndividualEntrepreneur);

    /// <summary>Published cases of published programmes: unpublishing a programme hides its cases too.</summary>
    public static IQueryable<SuccessCase> PublishedCases(this IApplicationDbContext db)
    {
        var programmes = db.PublishedProgrammes();
        return db.SuccessCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.IsPublished && programmes.Any(p => p.Id == c.ProgrammeId));
    }

    /// <summary>The programmes that run in an academic year: it lies between their first and last year.</summary>
    public static Expression<Func<Programme, bool>> RunsIn(AcademicYear year) =>
        p => p.StartYear <= year && (p.EndYear ?? p.StartYear) >= year;

    /// <summary>The words of a query, folded as the stored search words are.</summary>
    public static string[] QueryWords(string? search) =>
        string.IsNullOrWhiteSpace(search) ? [] : SearchText.Words(search).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
