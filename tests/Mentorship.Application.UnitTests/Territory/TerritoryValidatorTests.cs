using FluentValidation;
using Mentorship.Application.Territory.HeadCounts;
using Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;
using Mentorship.Application.Territory.Municipalities;
using Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.UnitTests.Territory;

/// <summary>Territory validators name each wrong field as the JSON body does (camelCase).</summary>
public class TerritoryValidatorTests
{
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
}
