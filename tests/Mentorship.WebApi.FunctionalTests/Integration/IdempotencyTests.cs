using System.Net;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Idempotency;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>Integration writes carry an Idempotency-Key: a retry returns the first answer and changes nothing twice.</summary>
public sealed class IdempotencyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;
    private CreatedApiKeyDto _key = null!;

    [SetUp]
    public async Task CreateSchoolAndKey()
    {
        _school = await Given.School("Школа № 1");
        _key = await Given.ApiKey(_school);
        AsApiClient(_key.Key);
    }

    [Test]
    public async Task A_batch_retried_with_the_same_idempotency_key_creates_nothing_twice()
    {
        var batch = new { items = new[] { Pupil("ext-1", "Иванов"), Pupil("ext-2", "Петрова") } };

        var first = await Client.PostIdempotentAsync("/integration/people", batch, "batch-0001");
        var retry = await Client.PostIdempotentAsync("/integration/people", batch, "batch-0001");

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
        (await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "k-1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var other = await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Сидоров") } }, "k-1");
        (await ProblemAsync(other, HttpStatusCode.UnprocessableEntity)).Code.Should().Be(ErrorCodes.Idempotency.KeyReused);

        await Given.Rows(db => db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Caller = $"client:dnevnik/key:{_key.ApiKey.Id}", Key = "k-2", RequestHash = "in-flight", Path = "/api/v1/integration/people",
            State = IdempotencyState.InProgress, CreatedAt = Factory.Clock.GetUtcNow(), ExpiresAt = Factory.Clock.GetUtcNow().AddHours(1),
        }));

        (await ProblemAsync(await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-3", "Новый") } }, "k-2"), HttpStatusCode.Conflict))
            .Code.Should().Be(ErrorCodes.Idempotency.InProgress);
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task Another_api_key_of_the_same_vendor_never_gets_the_first_keys_stored_response()
    {
        AsAdministrator();
        var second = await ReadAsync<CreatedApiKeyDto>(await PostAsync($"{Api}/api-keys", new { name = "Дневник.ру, второй ключ", clientId = "dnevnik", organizationIds = new[] { _school } }));
        AsApiClient(_key.Key);
        var batch = new { items = new[] { Pupil("ext-1", "Иванов") } };
        (await Client.PostIdempotentAsync("/integration/people", batch, "shared-key")).StatusCode.Should().Be(HttpStatusCode.OK);

        AsApiClient(second.Key);
        var other = await Client.PostIdempotentAsync("/integration/people", batch, "shared-key");

        other.StatusCode.Should().Be(HttpStatusCode.OK, await other.Content.ReadAsStringAsync());
        other.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await ReadAsync<BatchResultDto>(other)).Updated.Should().Be(1);
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task A_key_left_in_progress_by_a_dead_request_is_free_again_after_its_lease()
    {
        // What a process killed mid-request leaves: the claim, its lease, nobody renewing it.
        var now = Factory.Clock.GetUtcNow();
        await Given.Rows(db => db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Caller = $"client:dnevnik/key:{_key.ApiKey.Id}", Key = "k-dead", RequestHash = "dead", Path = "/api/v1/integration/people",
            State = IdempotencyState.InProgress, CreatedAt = now, ExpiresAt = now.AddSeconds(30),
        }));

        var batch = new { items = new[] { Pupil("ext-1", "Иванов") } };
        await ProblemAsync(await Client.PostIdempotentAsync("/integration/people", batch, "k-dead"), HttpStatusCode.Conflict);
        Factory.Clock.Advance(TimeSpan.FromSeconds(31));

        var retried = await Client.PostIdempotentAsync("/integration/people", batch, "k-dead");
        var replayed = await Client.PostIdempotentAsync("/integration/people", batch, "k-dead");

        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        replayed.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await CountAsync<Person>()).Should().Be(1);
    }

    [Test]
    public async Task Keys_expire_and_can_then_be_used_again()
    {
        (await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "k-old")).StatusCode.Should().Be(HttpStatusCode.OK);
        Factory.Clock.Advance(TimeSpan.FromHours(25));

        var reused = await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-2", "Петров") } }, "k-old");

        reused.StatusCode.Should().Be(HttpStatusCode.OK);
        reused.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await CountAsync<Person>()).Should().Be(2);
    }

    [Test]
    public async Task A_post_without_an_idempotency_key_is_400()
    {
        var response = await PostAsync($"{Api}/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("Idempotency-Key");
        problem.ErrorCodes!["Idempotency-Key"].Should().Equal(ErrorCodes.Idempotency.KeyRequired);
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };
}
