using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.UnitTests.People;

public class EmploymentTests
{
    [TestCase(0, true)]
    [TestCase(2.9, true)]
    [TestCase(3, false)]
    public void A_young_specialist_has_under_three_years_of_experience_unless_told_otherwise(decimal years, bool young)
    {
        New(years).IsYoungSpecialist.Should().Be(young);
    }

    [Test]
    public void An_employment_ends_once_and_not_before_it_began()
    {
        var employment = New(1);

        FluentActions.Invoking(() => employment.End(new DateOnly(2021, 8, 31))).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Validation.TooEarly);
        employment.End(new DateOnly(2024, 6, 30));
        FluentActions.Invoking(() => employment.End(new DateOnly(2024, 7, 1))).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Person.EmploymentAlreadyEnded);

        employment.IsEmployedOn(new DateOnly(2024, 6, 30)).Should().BeTrue();
        employment.IsEmployedOn(new DateOnly(2024, 7, 1)).Should().BeFalse();
    }

    private static Employment New(decimal years) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), new DateOnly(2021, 9, 1), years);
}
