using System.Net;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;
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
        await ProblemAsync(other, HttpStatusCode.UnprocessableEntity);

        await Given.Rows(db => db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Caller = "client:dnevnik", Key = "k-2", RequestHash = "in-flight", Path = "/api/v1/integration/people",
            State = IdempotencyState.InProgress, CreatedAt = Factory.Clock.GetUtcNow(), ExpiresAt = Factory.Clock.GetUtcNow().AddHours(1),
        }));

        await ProblemAsync(await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-3", "Новый") } }, "k-2"), HttpStatusCode.Conflict);
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

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("Idempotency-Key");
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };
}
