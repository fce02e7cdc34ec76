using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.UnitTests.Territory;

public class OktmoTests
{
    [TestCase("25701000")]
    [TestCase("25701000001")]
    public void Eight_or_eleven_digits_are_accepted(string value)
    {
        Oktmo.Create(value).Value.Should().Be(value);
    }

    [TestCase("2570100")]
    [TestCase("257010001")]
    [TestCase("2570100A")]
    [TestCase(null)]
    public void Other_values_are_refused(string? value)
    {
        var act = () => Oktmo.Create(value);

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Municipality.InvalidOktmo, Field = "oktmo" });
    }
}
