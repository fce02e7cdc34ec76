using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.ReportHeadCounts;
using Mentorship.Application.Integration.Commands.RevokeApiKey;
using Mentorship.Application.Integration.Commands.UpsertEmployments;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Application.Integration.Queries.GetApiKeys;
using Mentorship.Application.People;
using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Commands.EndEmployment;
using Mentorship.Application.People.Commands.ErasePerson;
using Mentorship.Application.People.Commands.GiveConsent;
using Mentorship.Application.People.Commands.RevokeConsent;
using Mentorship.Application.People.Commands.UpdatePerson;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Application.People.Queries.GetPeople;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Application.People.Queries.GetPersonRecords;
using Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;
using Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;
using Mentorship.Application.Territory.Municipalities;
using Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;
using Mentorship.Application.Territory.Municipalities.Commands.UpdateMunicipality;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipalities;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;
using Mentorship.Application.Territory.Regions.Commands.UpdateRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegions;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.UnitTests.Validation;

/// <summary>The validators name each wrong field as the JSON body does (camelCase, with collection indexes).</summary>
public class ValidatorTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero));

    [OneTimeSetUp]
    public void UseJsonFieldNames() => ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;

    [TestCase("38", true)]
    [TestCase("3", false)]
    [TestCase("00", false)]
    [TestCase("3a", false)]
    public void A_region_code_is_two_digits(string code, bool valid) =>
        new CreateRegionValidator().Validate(new CreateRegionCommand(code, "Регион", null, null)).IsValid.Should().Be(valid);

    [Test]
    public void The_pupils_age_band_must_not_be_reversed()
    {
        var result = new CreateRegionValidator().Validate(new CreateRegionCommand("38", "Регион", 15, 11));

        result.Errors.Select(e => e.PropertyName).Should().Equal("pupilAgeTo");
    }

    [TestCase("25703000", true)]
    [TestCase("25703000001", true)]
    [TestCase("2570300", false)]
    [TestCase("2570300A", false)]
    public void An_oktmo_code_is_8_or_11_digits(string oktmo, bool valid) =>
        new CreateMunicipalityValidator().Validate(new CreateMunicipalityCommand(Guid.NewGuid(), "Ангарск", oktmo)).IsValid.Should().Be(valid);

    [Test]
    public void An_organisation_needs_municipality_name_and_kind_and_a_valid_inn()
    {
        var command = new CreateOrganizationCommand(null, "", null, null, "7707083894", null, null, null, "not-an-email", null, "ftp://x");

        var fields = new CreateOrganizationValidator().Validate(command).Errors.Select(e => e.PropertyName);

        fields.Should().BeEquivalentTo("municipalityId", "name", "kind", "inn", "email", "website");
    }

    [Test]
    public void A_name_longer_than_the_column_is_refused()
    {
        var command = new CreateOrganizationCommand(Guid.NewGuid(), new string('я', Organization.NameMaxLength + 1), null, OrganizationKind.Ngo, null, null, null, null, null, null, null);

        new CreateOrganizationValidator().Validate(command).Errors.Select(e => e.PropertyName).Should().Equal("name");
    }

    [Test]
    public void Head_count_parts_cannot_exceed_the_whole()
    {
        var command = new ReportHeadCountCommand(new AcademicYear(2024), 100, 101, null, 10, 11, 3);

        new ReportHeadCountValidator().Validate(command).Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("pupilsInAgeBand", "teachersUnder35");
    }

    [TestCase(0, 20, "page")]
    [TestCase(1, 0, "pageSize")]
    [TestCase(1, 201, "pageSize")]
    public void Paging_stays_within_its_bounds(int page, int pageSize, string field) =>
        new GetOrganizationsValidator().Validate(new GetOrganizationsQuery(Page: page, PageSize: pageSize)).Errors.Select(e => e.PropertyName).Should().Equal(field);

    [Test]
    public void Only_pupils_have_a_grade_and_birth_dates_are_not_in_the_future()
    {
        var command = new CreatePersonCommand(Guid.NewGuid(), "Иванова", "Мария", null, new DateOnly(2030, 1, 1), PersonCategory.Teacher, 5, null, null, null);

        new CreatePersonValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("grade", "birthDate");
    }

    [Test]
    public void A_consent_given_by_a_representative_names_the_representative()
    {
        var command = new GiveConsentCommand(ConsentGiver.LegalRepresentative, null, "Участие в программе", null, null);

        new GiveConsentValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Should().Equal("representativeName");
    }

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

    [Test]
    public void Page_requests_default_to_the_first_page_of_twenty() =>
        PageRequest.From(new GetRegionsQuery()).Should().Be(new PageRequest(1, PageRequest.DefaultPageSize));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
