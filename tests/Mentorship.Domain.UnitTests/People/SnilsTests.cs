using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.UnitTests.People;

/// <summary>
/// The control number of a СНИЛС: the 9 digits times 9 … 1, summed; under 100 it is the sum, 100 and 101 give 00,
/// above 101 the sum modulo 101 with the same rule; numbers up to 001-001-998 are not checked.
/// </summary>
public class SnilsTests
{
    [TestCase("112-233-445 95", Description = "sum 95: the control number is the sum")]
    [TestCase("11223344595", Description = "without separators")]
    [TestCase("112 233 445 95", Description = "spaces only")]
    [TestCase("050-234-316 00", Description = "sum 100 gives 00")]
    [TestCase("016-103-396 00", Description = "sum 101 gives 00")]
    [TestCase("700-201-621 01", Description = "sum 102: 102 mod 101 = 01")]
    [TestCase("136-571-200 49", Description = "sum 150: 150 mod 101 = 49")]
    [TestCase("820-981-233 00", Description = "sum 201: 201 mod 101 = 100, which gives 00")]
    [TestCase("001-001-998 00", Description = "the last number that is not checked")]
    [TestCase("001-001-998 57", Description = "the last number that is not checked, any control number")]
    [TestCase("000-000-001 99", Description = "a small number, not checked")]
    public void Numbers_with_a_valid_control_number_are_accepted(string value)
    {
        Snils.IsValid(value).Should().BeTrue();
    }

    [TestCase("112-233-445 96", Description = "wrong control number")]
    [TestCase("050-234-316 99", Description = "sum 100 must give 00, not 99")]
    [TestCase("050-234-316 100", Description = "sum 100 is not written as 100")]
    [TestCase("016-103-396 01", Description = "sum 101 must give 00")]
    [TestCase("700-201-621 02", Description = "sum 102 must give 01")]
    [TestCase("820-981-233 01", Description = "sum 201 must give 00")]
    [TestCase("001-001-999 00", Description = "the first checked number: its control number is 65")]
    [TestCase("1122334459", Description = "ten digits")]
    [TestCase("112233445955", Description = "twelve digits")]
    [TestCase("112.233.445 95", Description = "dots are not separators of a СНИЛС")]
    [TestCase("11223344a95")]
    [TestCase("")]
    [TestCase(null)]
    public void Other_values_are_refused(string? value)
    {
        Snils.IsValid(value).Should().BeFalse();
    }

    [Test]
    public void The_first_checked_number_has_the_control_number_of_its_sum()
    {
        Snils.ControlNumber("001001999").Should().Be(65);
        Snils.IsValid("001-001-999 65").Should().BeTrue();
    }

    [Test]
    public void Create_keeps_eleven_digits_and_prints_them_as_on_the_certificate()
    {
        var snils = Snils.Create(" 112-233-445 95 ");

        snils.Value.Should().Be("11223344595");
        snils.ToString().Should().Be("112-233-445 95");
    }

    [Test]
    public void Create_of_an_invalid_number_names_the_field()
    {
        var act = () => Snils.Create("112-233-445 96");

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Snils.Invalid, Field = "snils" });
    }
}
