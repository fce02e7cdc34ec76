using FluentValidation;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Queries.GetRequestsMap;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries;

internal static class RequestsMap
{
    /// <summary>
    /// Grouped in the database. The programme and group query filters refer to each other, which EF cannot expand, so
    /// the query ignores the filters and applies the organisation scope rule itself.
    /// </summary>
    public static IQueryable<RequestTagDto> Query(IApplicationDbContext db, ICurrentUser user, Guid regionId, int year, Guid? municipalityId)
    {
        var current = new AcademicYear(year);
        var previous = new AcademicYear(year - 1);
        var rows = from t in db.MenteeRequestTags.IgnoreQueryFilters()
                   join r in db.MenteeRequests on t.RequestId equals r.Id
                   join mentee in db.Mentees on r.MenteeId equals mentee.Id
                   join programme in db.Programmes on mentee.ProgrammeId equals programme.Id
                   join person in db.People on mentee.PersonId equals person.Id
                   join organization in db.Organizations.Where(ScopeExpressions.VisibleOrganization(user)) on person.OrganizationId equals organization.Id
                   join municipality in db.Municipalities on organization.MunicipalityId equals municipality.Id
                   where organization.RegionId == regionId
                         && programme.StartYear <= current && ((programme.EndYear == null && programme.StartYear >= previous) || programme.EndYear >= previous)
                   select new { organization.MunicipalityId, MunicipalityName = municipality.Name, t.Tag, mentee.PersonId, RequestId = r.Id };
        if (municipalityId is { } only)
        {
            rows = rows.Where(x => x.MunicipalityId == only);
        }

        return rows.GroupBy(x => new { x.MunicipalityId, x.MunicipalityName, x.Tag })
            .OrderBy(g => g.Key.MunicipalityName).ThenBy(g => g.Key.Tag)
            .Select(g => new RequestTagDto(g.Key.MunicipalityId, g.Key.MunicipalityName, g.Key.Tag, g.Select(x => x.PersonId).Distinct().Count(), g.Select(x => x.RequestId).Distinct().Count()));
    }
}
