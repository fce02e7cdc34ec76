using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Territories with something for monitoring to count, for the recompute tests.</summary>
public sealed partial class Given
{
    /// <summary>
    /// <paramref name="regions"/> regions (codes from 50), each of <paramref name="municipalities"/> municipalities of
    /// <paramref name="schools"/> schools; each school with a head-count for 2024 and a pupil–pupil pair of its own
    /// programme active in 2024. Returns the regions' ids.
    /// </summary>
    public async Task<List<Guid>> MonitoredRegions(int regions, int municipalities, int schools)
    {
        var ids = new List<Guid>();
        for (var r = 0; r < regions; r++)
        {
            var region = await Region($"{50 + r}", $"Регион {r}");
            ids.Add(region.Id);
            for (var m = 0; m < municipalities; m++)
            {
                var municipality = await Municipality(region.Id);
                for (var s = 0; s < schools; s++)
                {
                    var school = (await Organization(municipality.Id)).Id;
                    await HeadCount(school, 2024, pupilsInAgeBand: 40 + (7 * r) + (3 * m) + s, teachersUnder35: 5 + s, youngSpecialists: 2, teachersTotal: 20);
                    var pupils = await People(school, 2, PersonCategory.Pupil, new DateOnly(2011, 5, 1));
                    await Pair(school, pupils[0], pupils[1]);
                }
            }
        }

        return ids;
    }
}
