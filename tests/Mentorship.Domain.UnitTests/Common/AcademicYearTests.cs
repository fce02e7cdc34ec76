using Mentorship.Domain.Common;

namespace Mentorship.Domain.UnitTests.Common;

public class AcademicYearTests
{
    [Test]
    public void Parse_reads_the_start_and_end_years()
    {
        var year = AcademicYear.Parse("2024/2025");

        year.StartYear.Should().Be(2024);
        year.EndYear.Should().Be(2025);
        year.ToString().Should().Be("2024/2025");
    }

    [TestCase("2024/2026")]
    [TestCase("2024-2025")]
    [TestCase("24/25")]
    [TestCase("1999/2000")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_refuses_what_is_not_an_academic_year(string? value)
    {
        AcademicYear.TryParse(value, out _).Should().BeFalse();
    }

    [Test]
    public void Parse_of_a_bad_value_throws_a_domain_exception_naming_the_field()
    {
        var act = () => AcademicYear.Parse("2024/2026");

        act.Should().Throw<DomainException>().Which.Field.Should().Be("academicYear");
    }

    [Test]
    public void A_year_starts_on_the_first_of_September()
    {
        AcademicYear.Containing(new DateOnly(2024, 8, 31)).StartYear.Should().Be(2023);
        AcademicYear.Containing(new DateOnly(2024, 9, 1)).StartYear.Should().Be(2024);
        new AcademicYear(2024).LastDay.Should().Be(new DateOnly(2025, 8, 31));
    }
}
