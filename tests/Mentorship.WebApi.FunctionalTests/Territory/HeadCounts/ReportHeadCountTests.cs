using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.HeadCounts;
using Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Territory.HeadCounts;

/// <summary>Head-counts per organisation and academic year: the latest report wins.</summary>
public sealed class ReportHeadCountTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task The_latest_head_count_of_a_year_wins_and_earlier_reports_stay_as_history()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var url = $"{Api}/organizations/{school.Id}/headcounts";

        (await PostAsync(url, HeadCount("2023/2024", 900))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync(url, HeadCount("2024/2025", 1000))).StatusCode.Should().Be(HttpStatusCode.Created);
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var correction = await PostAsync(url, HeadCount("2024/2025", 1037));
        correction.StatusCode.Should().Be(HttpStatusCode.Created);
        (await ReadAsync<HeadCountDto>(correction)).AcademicYear.ToString().Should().Be("2024/2025");

        var latest = await ReadAsync<PagedList<HeadCountDto>>(await Client.GetAsync(url));
        latest.Items.Select(h => (h.AcademicYear.ToString(), h.PupilsTotal)).Should().Equal(("2024/2025", 1037), ("2023/2024", 900));

        var history = await ReadAsync<PagedList<HeadCountDto>>(await Client.GetAsync($"{url}?academicYear=2024/2025&includeHistory=true"));
        history.Items.Select(h => h.PupilsTotal).Should().Equal(1037, 1000);
    }

    [Test]
    public async Task A_head_count_whose_parts_exceed_the_whole_is_refused_with_the_field()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);

        var response = await PostAsync($"{Api}/organizations/{school.Id}/headcounts", new
        {
            academicYear = "2024/2025", pupilsTotal = 100, pupilsInAgeBand = 150, teachersTotal = 10, teachersUnder35 = 3, youngSpecialists = 11,
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().BeEquivalentTo("pupilsInAgeBand", "youngSpecialists");
        (await CountAsync<HeadCount>()).Should().Be(0);
    }

    private static object HeadCount(string year, int pupils) => new
    {
        academicYear = year,
        pupilsTotal = pupils,
        pupilsInAgeBand = pupils - 100,
        teachersTotal = 80,
        teachersUnder35 = 20,
        youngSpecialists = 6,
    };
}
