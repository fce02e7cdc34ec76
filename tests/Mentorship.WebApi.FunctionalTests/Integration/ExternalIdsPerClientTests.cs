using System.Net;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Integration;

/// <summary>
/// A person's external id belongs to the integrating client, not to an organisation: the same client finds the same
/// person whichever of its organisations a row names, and another client's equal id is another id.
/// </summary>
public sealed class ExternalIdsPerClientTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task An_external_id_is_unique_per_client_across_its_organisations_and_free_for_other_clients()
    {
        var schools = await Given.Schools("Школа № 1", "Центр дополнительного образования");
        var (school, centre) = (schools[0], schools[1]);
        var diary = await ApiKeyAsync("dnevnik", school, centre);
        var centreSystem = await ApiKeyAsync("navigator-do", centre);

        var first = await PushAsync(diary.Key, "d-1", "42", school, "Соколова");
        var moved = await PushAsync(diary.Key, "d-2", "42", centre, "Соколова");
        var other = await PushAsync(centreSystem.Key, "n-1", "42", centre, "Соколова");

        first.Items.Should().ContainSingle().Which.Outcome.Should().Be(RowOutcome.Created);
        moved.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Outcome = RowOutcome.Updated, Id = first.Items[0].Id });
        other.Items.Should().ContainSingle().Which.Outcome.Should().Be(RowOutcome.Created);
        other.Items[0].Id.Should().NotBe(first.Items[0].Id);

        var links = await QueryAsync(db => db.PersonExternalIds.IgnoreQueryFilters().OrderBy(l => l.ClientId).Select(l => new { l.ClientId, l.ExternalId, l.PersonId }).ToListAsync());
        links.Should().BeEquivalentTo(
            [new { ClientId = "dnevnik", ExternalId = "42", PersonId = first.Items[0].Id }, new { ClientId = "navigator-do", ExternalId = "42", PersonId = other.Items[0].Id }],
            options => options.WithStrictOrdering());
        AsAdministrator();
        (await OkAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{first.Items[0].Id}"))).ExternalIds.Should().Equal(new ExternalIdDto("dnevnik", "42"));
    }

    private async Task<CreatedApiKeyDto> ApiKeyAsync(string clientId, params Guid[] organizationIds)
    {
        AsAdministrator();
        return await OkAsync<CreatedApiKeyDto>(await PostAsync($"{Api}/api-keys", new { name = $"Система {clientId}", clientId, organizationIds }), HttpStatusCode.Created);
    }

    private async Task<BatchResultDto> PushAsync(string apiKey, string idempotencyKey, string externalId, Guid organizationId, string lastName)
    {
        AsAnonymous();
        var response = await Client.PostPeopleAsync(apiKey, idempotencyKey, new
        {
            items = new[] { new { externalId, organizationId, lastName, firstName = "Дарья", category = nameof(PersonCategory.Pupil), grade = 7 } },
        });
        return await OkAsync<BatchResultDto>(response);
    }
}
