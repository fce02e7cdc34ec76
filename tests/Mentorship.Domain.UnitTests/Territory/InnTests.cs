using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.UnitTests.Territory;

public class InnTests
{
    [TestCase("7707083893")]
    [TestCase("500100732259")]
    public void Numbers_with_valid_check_digits_are_accepted(string value)
    {
        Inn.IsValid(value).Should().BeTrue();
    }

    [TestCase("7707083894", Description = "wrong check digit")]
    [TestCase("500100732258", Description = "wrong second check digit")]
    [TestCase("500100732249", Description = "wrong first check digit")]
    [TestCase("770708389", Description = "nine digits")]
    [TestCase("77070838931", Description = "eleven digits")]
    [TestCase("77070838a3")]
    [TestCase("")]
    [TestCase(null)]
    public void Other_values_are_refused(string? value)
    {
        Inn.IsValid(value).Should().BeFalse();
    }

    [Test]
    public void Create_trims_and_tells_an_individual_from_a_legal_entity()
    {
        Inn.Create(" 7707083893 ").IsIndividual.Should().BeFalse();
        Inn.Create("500100732259").IsIndividual.Should().BeTrue();
    }

    [Test]
    public void Create_of_an_invalid_number_names_the_field()
    {
        var act = () => Inn.Create("1234567890");

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Organization.InvalidInn, Field = "inn" });
    }
}
