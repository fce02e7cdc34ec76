using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Mentorship.Application.Auditing;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Integration;
using Mentorship.Application.People;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Idempotency;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Integration;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class IntegrationTests(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    private Guid _school;
    private Guid _otherSchool;
    private CreatedApiKeyDto _key = null!;

    [SetUp]
    public async Task CreateSchoolAndKey()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        _school = (await CreateOrganizationAsync(municipality.Id, "Школа № 1")).Id;
        _otherSchool = (await CreateOrganizationAsync(municipality.Id, "Школа № 2")).Id;
        var created = await PostAsync($"{Api}/api-keys", new { name = "Дневник.ру, школа № 1", clientId = "dnevnik", organizationIds = new[] { _school } });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        _key = await ReadAsync<CreatedApiKeyDto>(created);
        AsAnonymous();
        Client.DefaultRequestHeaders.Add("X-Api-Key", _key.Key);
    }

    [Test]
    public async Task The_key_is_shown_once_and_stored_only_as_a_hash()
    {
        _key.Key.Should().StartWith("msk_");
        UseAdministratorInsteadOfKey();

        var listed = await Client.GetStringAsync($"{Api}/api-keys");

        listed.Should().Contain(_key.ApiKey.Prefix).And.NotContain(_key.Key);
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ApiKeys.Single();
        stored.SecretHash.Should().NotContain(_key.Key[4..]).And.HaveLength(64);
    }

    [Test]
    public async Task A_batch_retried_with_the_same_idempotency_key_creates_nothing_twice()
    {
        var batch = new { items = new[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", "Петрова") } };

        var first = await SendAsync("/integration/people", batch, "batch-0001");
        var retry = await SendAsync("/integration/people", batch, "batch-0001");

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await ReadAsync<BatchResultDto>(first)).Created.Should().Be(2);
        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await CountAsync<Person>()).Should().Be(2);
    }

    [Test]
    public async Task The_same_key_with_another_body_is_422_and_a_key_in_flight_is_409()
    {
        (await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "k-1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var other = await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Сидоров") } }, "k-1");
        await ProblemAsync(other, HttpStatusCode.UnprocessableEntity);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Caller = $"client:dnevnik/key:{_key.ApiKey.Id}", Key = "k-2", RequestHash = "in-flight", Path = "/api/v1/integration/people",
                State = IdempotencyState.InProgress, CreatedAt = Factory.Clock.GetUtcNow(), ExpiresAt = Factory.Clock.GetUtcNow().AddHours(1),
            });
            await db.SaveChangesAsync();
        }

        await ProblemAsync(await SendAsync("/integration/people", new { items = new[] { Pupil("ext-3", "Новый") } }, "k-2"), HttpStatusCode.Conflict);
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task Another_api_key_of_the_same_vendor_never_gets_the_first_keys_stored_response()
    {
        UseAdministratorInsteadOfKey();
        var second = await ReadAsync<CreatedApiKeyDto>(await PostAsync($"{Api}/api-keys", new { name = "Дневник.ру, второй ключ", clientId = "dnevnik", organizationIds = new[] { _school } }));
        AsAnonymous();
        Client.DefaultRequestHeaders.Add("X-Api-Key", _key.Key);
        var batch = new { items = new[] { Pupil("ext-1", "Иванов") } };
        (await SendAsync("/integration/people", batch, "shared-key")).StatusCode.Should().Be(HttpStatusCode.OK);

        Client.DefaultRequestHeaders.Remove("X-Api-Key");
        Client.DefaultRequestHeaders.Add("X-Api-Key", second.Key);
        var other = await SendAsync("/integration/people", batch, "shared-key");

        other.StatusCode.Should().Be(HttpStatusCode.OK, await other.Content.ReadAsStringAsync());
        other.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await ReadAsync<BatchResultDto>(other)).Updated.Should().Be(1);
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task A_key_left_in_progress_by_a_dead_request_is_free_again_after_its_lease()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // What a process killed mid-request leaves: the claim, its lease, nobody renewing it.
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var now = Factory.Clock.GetUtcNow();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Caller = $"client:dnevnik/key:{_key.ApiKey.Id}", Key = "k-dead", RequestHash = "dead", Path = "/api/v1/integration/people",
                State = IdempotencyState.InProgress, CreatedAt = now, ExpiresAt = now.AddSeconds(30),
            });
            await db.SaveChangesAsync();
        }

        var batch = new { items = new[] { Pupil("ext-1", "Иванов") } };
        await ProblemAsync(await SendAsync("/integration/people", batch, "k-dead"), HttpStatusCode.Conflict);
        Factory.Clock.Advance(TimeSpan.FromSeconds(31));

        var retried = await SendAsync("/integration/people", batch, "k-dead");
        var replayed = await SendAsync("/integration/people", batch, "k-dead");

        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        replayed.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task Keys_expire_and_can_then_be_used_again()
    {
        (await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "k-old")).StatusCode.Should().Be(HttpStatusCode.OK);
        Factory.Clock.Advance(TimeSpan.FromHours(25));

        var reused = await SendAsync("/integration/people", new { items = new[] { Pupil("ext-2", "Петров") } }, "k-old");

        reused.StatusCode.Should().Be(HttpStatusCode.OK);
        reused.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await CountAsync<Person>()).Should().Be(2);
    }

    [Test]
    public async Task A_batch_with_one_bad_row_writes_nothing_and_names_the_row()
    {
        var batch = new { items = new object[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", ""), Pupil("ext-3", "Сидоров") } };

        var response = await SendAsync("/integration/people", batch, "bad-1");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("items[1].lastName");
        (await CountAsync<Person>()).Should().Be(0);

        var retried = await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "bad-1");
        retried.StatusCode.Should().Be(HttpStatusCode.OK, "a failed request leaves its key free");
    }

    [Test]
    public async Task A_row_for_an_organisation_outside_the_keys_scope_is_refused()
    {
        var response = await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", "Петров", _otherSchool) } }, "scope-1");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("items[1].organizationId");
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task People_are_upserted_by_the_clients_external_id()
    {
        (await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "u-1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var second = await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов-Петров"), Pupil("ext-2", "Новикова") } }, "u-2");

        var result = await ReadAsync<BatchResultDto>(second);
        result.Should().BeEquivalentTo(new { Created = 1, Updated = 1 });
        UseAdministratorInsteadOfKey();
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

        var response = await SendRawAsync("/integration/people/csv", content, "csv-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        UseAdministratorInsteadOfKey();
        var people = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?search=елкина"));
        people.Items.Single().Should().BeEquivalentTo(new { LastName = "Ёлкина", Grade = 7, BirthDate = new DateOnly(2011, 4, 12) });
    }

    [Test]
    public async Task A_utf8_csv_with_commas_and_a_bad_cell_names_the_row_and_field()
    {
        var csv = $"\uFEFFexternalId,organizationId,lastName,firstName,category,grade\nc-1,{_school},Иванов,Иван,Pupil,7\nc-2,{_school},Петров,Пётр,Pupil,седьмой\n";
        var content = new StringContent(csv, new UTF8Encoding(true), "text/csv");

        var response = await SendRawAsync("/integration/people/csv", content, "csv-2");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("items[1].grade");
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task Employments_and_head_counts_are_pushed_in_batches()
    {
        (await SendAsync("/integration/people", new { items = new[] { new { externalId = "t-1", organizationId = _school, lastName = "Учителева", firstName = "Ольга", category = "Teacher" } } }, "e-0"))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var employments = await SendAsync("/integration/employments", new { items = new[] { new { personExternalId = "t-1", organizationId = _school, hiredAt = "2022-09-01", experienceYearsAtHire = 1 } } }, "e-1");
        employments.StatusCode.Should().Be(HttpStatusCode.OK, await employments.Content.ReadAsStringAsync());
        var again = await SendAsync("/integration/employments", new { items = new[] { new { personExternalId = "t-1", organizationId = _school, hiredAt = "2022-09-01", leftAt = "2024-06-30", experienceYearsAtHire = 1 } } }, "e-2");
        (await ReadAsync<BatchResultDto>(again)).Updated.Should().Be(1);
        var unknown = await SendAsync("/integration/employments", new { items = new[] { new { personExternalId = "nobody", organizationId = _school, hiredAt = "2022-09-01", experienceYearsAtHire = 1 } } }, "e-3");
        (await ProblemAsync(unknown, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("items[0].personExternalId");

        var counts = await SendAsync("/integration/headcounts", new { items = new[] { new { organizationId = _school, academicYear = "2024/2025", pupilsTotal = 900, pupilsInAgeBand = 700, teachersTotal = 60, teachersUnder35 = 15, youngSpecialists = 4 } } }, "h-1");
        counts.StatusCode.Should().Be(HttpStatusCode.OK, await counts.Content.ReadAsStringAsync());
        (await CountAsync<Employment>()).Should().Be(1);
        (await CountAsync<HeadCount>()).Should().Be(1);
    }

    [Test]
    public async Task A_post_without_an_idempotency_key_is_400()
    {
        var response = await PostAsync($"{Api}/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("Idempotency-Key");
    }

    [Test]
    public async Task A_revoked_or_unknown_key_is_401()
    {
        UseAdministratorInsteadOfKey();
        (await Client.PostAsync($"{Api}/api-keys/{_key.ApiKey.Id}/revoke", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        AsAnonymous();
        Client.DefaultRequestHeaders.Add("X-Api-Key", _key.Key);

        await ProblemAsync(await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "r-1"), HttpStatusCode.Unauthorized);

        Client.DefaultRequestHeaders.Remove("X-Api-Key");
        Client.DefaultRequestHeaders.Add("X-Api-Key", "msk_not-a-real-key-at-all-0000000000000000");
        await ProblemAsync(await Client.GetAsync($"{Api}/people"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_integration_client_may_not_manage_api_keys_or_territory()
    {
        await ProblemAsync(await PostAsync($"{Api}/api-keys", new { name = "x", clientId = "x", organizationIds = new[] { _school } }), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostAsync($"{Api}/regions", new { code = "77", name = "Москва" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var content = new ByteArrayContent(new byte[11 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendRawAsync("/integration/people", content, "big-1");

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Reads_and_changes_of_personal_data_are_in_the_audit_log()
    {
        var batch = await ReadAsync<BatchResultDto>(await SendAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "a-1"));
        var personId = batch.Items.Single().Id;
        UseAdministratorInsteadOfKey();
        (await Client.GetAsync($"{Api}/people/{personId}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var log = await ReadAsync<PagedList<AuditEntryDto>>(await Client.GetAsync($"{Api}/audit?personId={personId}&pageSize=50"));

        log.Items.Should().Contain(e => e.Action == Domain.Auditing.AuditAction.Create && e.EntityType == "Person" && e.Actor == "client:dnevnik" && e.ClientId == "dnevnik");
        log.Items.Should().Contain(e => e.Action == Domain.Auditing.AuditAction.Read && e.Actor!.StartsWith("test:Administrator"));
        AsCurator(_school);
        await ProblemAsync(await Client.GetAsync($"{Api}/audit"), HttpStatusCode.Forbidden);
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };

    private Task<HttpResponseMessage> SendAsync(string path, object body, string idempotencyKey) =>
        SendRawAsync(path, JsonContent.Create(body, options: Json), idempotencyKey);

    private async Task<HttpResponseMessage> SendRawAsync(string path, HttpContent content, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}{path}") { Content = content };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await Client.SendAsync(request);
    }

    private void UseAdministratorInsteadOfKey()
    {
        Client.DefaultRequestHeaders.Remove("X-Api-Key");
        AsAdministrator();
    }
}
