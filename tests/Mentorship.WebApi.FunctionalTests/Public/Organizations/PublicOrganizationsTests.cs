using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Organizations;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

namespace Mentorship.WebApi.FunctionalTests.Public.Organizations;

/// <summary>Organisations on the open resource.</summary>
public sealed class PublicOrganizationsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Organisations_are_searched_by_folded_name_and_individual_entrepreneurs_are_not_listed()
    {
        var (_, municipality) = await Given.Territory();
        await Given.Organization(municipality.Id, "Детский центр «Ёлочка»", "AdditionalEducation");
        await Given.Organization(municipality.Id, "МБОУ СОШ № 7");
        await Given.Organization(municipality.Id, "ИП Ёлкин Иван Иванович", "IndividualEntrepreneur");

        var found = await Anonymous.GetPublicAsync<PagedList<PublicOrganizationDto>>("/organizations?search=елоч");

        found.Items.Select(o => o.Name).Should().Equal("Детский центр «Ёлочка»");
        (await Anonymous.GetPublicAsync<PagedList<PublicOrganizationDto>>("/organizations")).TotalCount.Should().Be(2);
        (await Anonymous.GetPublicAsync<PagedList<PublicOrganizationDto>>("/organizations?kind=IndividualEntrepreneur")).TotalCount.Should().Be(0);
    }
}
