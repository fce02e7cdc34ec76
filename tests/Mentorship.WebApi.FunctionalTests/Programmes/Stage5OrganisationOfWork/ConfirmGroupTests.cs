using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>Confirming a pair over HTTP: the domain's refusal arrives as a problem with its code, in the caller's language.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class ConfirmGroupTests(DatabaseProvider provider) : ProgrammeTestBase(provider)
{
    [Test]
    public async Task A_pair_beyond_the_mentor_s_capacity_is_refused_with_its_code_in_russian_and_in_english()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = (await CreateOrganizationAsync(municipality.Id, "МБОУ СОШ № 7")).Id;
        var first = await SeedPersonAsync(school, PersonCategory.Pupil, "Аверин");
        var second = await SeedPersonAsync(school, PersonCategory.Pupil, "Борисова");
        AsCurator(school);
        var (programmeId, mentor) = await ProgrammeAtWorkAsync(school, "TeacherPupil", PersonCategory.Teacher, 1, ["математика"], first, second);
        await ConfirmPairAsync(programmeId, "TeacherPupil", mentor, first);
        var body = new
        {
            form = "TeacherPupil", format = "OneToOne", members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = second, role = "Mentee" } },
        };

        var russian = await ProblemAsync(await PostAsync($"{Api}/programmes/{programmeId}/groups", body), HttpStatusCode.Conflict);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programmeId}/groups") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.Conflict);

        russian.Code.Should().Be(ErrorCodes.Group.MentorCapacityExceeded);
        russian.ErrorCodes!["members[0].personId"].Should().Equal(ErrorCodes.Group.MentorCapacityExceeded);
        russian.Detail.Should().Be("У наставника нет свободного места: мест 1, занято 1.");
        english.Code.Should().Be(ErrorCodes.Group.MentorCapacityExceeded);
        english.Detail.Should().Be("The mentor's capacity is 1; 1 mentee(s) already taken.");
    }
}
