using FluentValidation;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.People;

namespace Mentorship.Application.UnitTests.Integration;

/// <summary>Integration validators name each bad row and field as the JSON body does (with collection indexes).</summary>
public class IntegrationValidatorTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero));

    [OneTimeSetUp]
    public void UseJsonFieldNames() => ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;

    [Test]
    public void A_batch_names_each_bad_row_and_repeated_external_ids()
    {
        var good = new PersonRow("e-1", Guid.NewGuid(), "Иванов", "Иван", null, null, PersonCategory.Pupil, 5, null, null, null);
        var command = new UpsertPeopleCommand([good, good with { LastName = "" }, good with { ExternalId = "e-3", Category = null }]);

        var fields = new UpsertPeopleValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Distinct();

        fields.Should().BeEquivalentTo("items[0]", "items[1]", "items[1].lastName", "items[2].category", "items[2].grade");
    }

    [Test]
    public void A_batch_holds_at_most_the_documented_number_of_rows()
    {
        var rows = Enumerable.Range(0, IntegrationLimits.MaxBatchSize + 1)
            .Select(i => new PersonRow($"e-{i}", Guid.NewGuid(), "Иванов", "Иван", null, null, PersonCategory.Pupil, 5, null, null, null)).ToList();

        new UpsertPeopleValidator(Clock).Validate(new UpsertPeopleCommand(rows)).Errors.Select(e => e.PropertyName).Should().Equal("items");
    }

    [Test]
    public void An_api_key_names_its_client_in_safe_characters_and_its_organisations()
    {
        var fields = new CreateApiKeyValidator().Validate(new CreateApiKeyCommand("Дневник", "dnevnik ru/1", [])).Errors.Select(e => e.PropertyName);

        fields.Should().BeEquivalentTo("clientId", "organizationIds");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
