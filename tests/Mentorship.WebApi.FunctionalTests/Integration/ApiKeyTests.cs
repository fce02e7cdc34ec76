using System.Net;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>A school system's API key: shown once, stored hashed, revocable, scoped.</summary>
public sealed class ApiKeyTests(DatabaseProvider provider) : FunctionalTest(provider)
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
    public async Task The_key_is_shown_once_and_stored_only_as_a_hash()
    {
        _key.Key.Should().StartWith("msk_");
        AsAdministrator();

        var listed = await Client.GetStringAsync($"{Api}/api-keys");

        listed.Should().Contain(_key.ApiKey.Prefix).And.NotContain(_key.Key);
        var stored = await QueryAsync(db => db.ApiKeys.SingleAsync());
        stored.SecretHash.Should().NotContain(_key.Key[4..]).And.HaveLength(64);
    }

    [Test]
    public async Task A_revoked_or_unknown_key_is_401()
    {
        AsAdministrator();
        (await Client.PostAsync($"{Api}/api-keys/{_key.ApiKey.Id}/revoke", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        AsApiClient(_key.Key);

        await ProblemAsync(await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "r-1"), HttpStatusCode.Unauthorized);

        AsApiClient("msk_not-a-real-key-at-all-0000000000000000");
        await ProblemAsync(await Client.GetAsync($"{Api}/people"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_integration_client_may_not_manage_api_keys_or_territory()
    {
        await ProblemAsync(await PostAsync($"{Api}/api-keys", new { name = "x", clientId = "x", organizationIds = new[] { _school } }), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostAsync($"{Api}/regions", new { code = "77", name = "Москва" }), HttpStatusCode.Forbidden);
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };
}
