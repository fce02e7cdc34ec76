using Mentorship.Domain.Common;
using Mentorship.Domain.Integration;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.UnitTests.Territory;

public class TerritoryRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_archived_organisation_takes_no_changes_no_reports_and_is_archived_once()
    {
        var municipality = new Municipality(Guid.CreateVersion7(), "Ангарск", Oktmo.Create("25703000"));
        var organization = new Organization(municipality, "Школа № 1", null, OrganizationKind.GeneralEducationSchool, null);
        organization.Archive(Now);

        FluentActions.Invoking(() => organization.Archive(Now)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Organization.AlreadyArchived);
        FluentActions.Invoking(() => organization.SetContacts(null, null, null)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Organization.Archived);
        FluentActions.Invoking(() => organization.ReportHeadCount(new AcademicYear(2024), new HeadCountFigures(900, 700, 0, 60, 15, 4), HeadCountSource.Manual, Now, null))
            .Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Organization.Archived);
    }

    [Test]
    public void A_head_count_part_cannot_exceed_its_total()
    {
        var act = () => new HeadCountFigures(900, 700, 0, 60, 61, 4).Validate();

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.HeadCount.Under35ExceedsTeachers, Field = "teachersUnder35" });
    }

    [TestCase(4, 18)]
    [TestCase(12, 11)]
    [TestCase(10, 22)]
    public void A_region_age_band_stays_within_its_bounds(int from, int to)
    {
        var act = () => new Region("38", "Иркутская область").SetPupilAgeBand(from, to);

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Region.InvalidAgeBand, Field = "pupilAgeFrom" });
    }

    [Test]
    public void A_region_code_is_two_digits()
    {
        FluentActions.Invoking(() => new Region("3", "Иркутская область")).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Region.InvalidCode);
    }

    [Test]
    public void An_api_key_is_scoped_and_revoked_once()
    {
        FluentActions.Invoking(() => new ApiKey("Дневник", "dnevnik", "mk_123456789", "hash", []))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.ApiKey.NoOrganizations);
        var key = new ApiKey("Дневник", "dnevnik", "mk_123456789", "hash", [Guid.CreateVersion7()]);
        key.Revoke(Now);

        FluentActions.Invoking(() => key.Revoke(Now)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.ApiKey.AlreadyRevoked);
    }
}
