using Mentorship.Domain.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>Bulk upserts of people, employments and head-counts in JSON and CSV, keyed by the client's external ids.</summary>
public sealed class BatchUpsertTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;
    private Guid _otherSchool;
    private CreatedApiKeyDto _key = null!;

    [SetUp]
    public async Task CreateSchoolAndKey()
    {
        var schools = await Given.Schools("Школа № 1", "Школа № 2");
        (_school, _otherSchool) = (schools[0], schools[1]);
        _key = await Given.ApiKey(_school);
        AsApiClient(_key.Key);
    }

    [Test]
    public async Task A_batch_with_one_bad_row_writes_nothing_and_names_the_row()
    {
        var batch = new { items = new object[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", ""), Pupil("ext-3", "Сидоров") } };

        var response = await Client.PostIdempotentAsync("/integration/people", batch, "bad-1");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("items[1].lastName");
        (await CountAsync<Person>()).Should().Be(0);

        var retried = await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "bad-1");
        retried.StatusCode.Should().Be(HttpStatusCode.OK, "a failed request leaves its key free");
    }

    [Test]
    public async Task A_row_for_an_organisation_outside_the_keys_scope_is_refused()
    {
        var response = await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", "Петров", _otherSchool) } }, "scope-1");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).ErrorCodes.Should().BeEquivalentTo(
            new Dictionary<string, string[]> { ["items[1].organizationId"] = [ErrorCodes.Common.NotFound] });
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task People_are_upserted_by_the_clients_external_id()
    {
        (await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "u-1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var second = await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов-Петров"), Pupil("ext-2", "Новикова") } }, "u-2");

        var result = await ReadAsync<BatchResultDto>(second);
        result.Should().BeEquivalentTo(new { Created = 1, Updated = 1 });
        AsAdministrator();
        var people = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?organizationId={_school}"));
        people.Items.Select(p => p.LastName).Should().BeEquivalentTo("Иванов-Петров", "Новикова");
        people.Items.Single(p => p.LastName == "Новикова").ExternalIds.Should().Equal(new ExternalIdDto("dnevnik", "ext-2"));
    }

    [Test]
    public async Task A_windows_1251_csv_with_semicolons_is_accepted()
    {
        var csv = $"externalId;organizationId;lastName;firstName;category;grade;birthDate\r\nc-1;{_school};Ёлкина;Анна;Pupil;7;12.04.2011\r\nc-2;{_school};Сидоров;Олег;pupil;8;2010-01-30\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var content = new ByteArrayContent(Encoding.GetEncoding(1251).GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await Client.PostIdempotentAsync("/integration/people/csv", content, "csv-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        AsAdministrator();
        var people = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?search=елкина"));
        people.Items.Single().Should().BeEquivalentTo(new { LastName = "Ёлкина", Grade = 7, BirthDate = new DateOnly(2011, 4, 12) });
    }

    [Test]
    public async Task A_utf8_csv_with_commas_and_a_bad_cell_names_the_row_and_field()
    {
        var csv = $"\uFEFFexternalId,organizationId,lastName,firstName,category,grade\nc-1,{_school},Иванов,Иван,Pupil,7\nc-2,{_school},Петров,Пётр,Pupil,седьмой\n";
        var content = new StringContent(csv, new UTF8Encoding(true), "text/csv");

        var response = await Client.PostIdempotentAsync("/integration/people/csv", content, "csv-2");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("items[1].grade");
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task Employments_and_head_counts_are_pushed_in_batches()
    {
        (await Client.PostIdempotentAsync("/integration/people", new { items = new[] { new { externalId = "t-1", organizationId = _school, lastName = "Учителева", firstName = "Ольга", category = "Teacher" } } }, "e-0"))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var employments = await Client.PostIdempotentAsync("/integration/employments", new { items = new[] { new { personExternalId = "t-1", organizationId = _school, hiredAt = "2022-09-01", experienceYearsAtHire = 1 } } }, "e-1");
        employments.StatusCode.Should().Be(HttpStatusCode.OK, await employments.Content.ReadAsStringAsync());
        var again = await Client.PostIdempotentAsync("/integration/employments", new { items = new[] { new { personExternalId = "t-1", organizationId = _school, hiredAt = "2022-09-01", leftAt = "2024-06-30", experienceYearsAtHire = 1 } } }, "e-2");
        (await ReadAsync<BatchResultDto>(again)).Updated.Should().Be(1);
        var unknown = await Client.PostIdempotentAsync("/integration/employments", new { items = new[] { new { personExternalId = "nobody", organizationId = _school, hiredAt = "2022-09-01", experienceYearsAtHire = 1 } } }, "e-3");
        (await ProblemAsync(unknown, HttpStatusCode.BadRequest)).ErrorCodes.Should().BeEquivalentTo(
            new Dictionary<string, string[]> { ["items[0].personExternalId"] = [ErrorCodes.Integration.UnknownExternalId] });

        var counts = await Client.PostIdempotentAsync("/integration/headcounts", new { items = new[] { new { organizationId = _school, academicYear = "2024/2025", pupilsTotal = 900, pupilsInAgeBand = 700, teachersTotal = 60, teachersUnder35 = 15, youngSpecialists = 4 } } }, "h-1");
        counts.StatusCode.Should().Be(HttpStatusCode.OK, await counts.Content.ReadAsStringAsync());
        (await CountAsync<Employment>()).Should().Be(1);
        (await CountAsync<HeadCount>()).Should().Be(1);
    }

    [Test]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var content = new ByteArrayContent(new byte[11 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await Client.PostIdempotentAsync("/integration/people", content, "big-1");

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };
}
