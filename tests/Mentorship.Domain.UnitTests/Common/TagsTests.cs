using Mentorship.Domain.Common;

namespace Mentorship.Domain.UnitTests.Common;

public class TagsTests
{
    [Test]
    public void Tags_are_folded_so_that_matching_compares_like_with_like()
    {
        Tags.Normalize("  Учёба   в  ВУЗе ").Should().Be("учеба в вузе");
    }

    [Test]
    public void Duplicate_tags_collapse_to_one()
    {
        Tags.NormalizeAll(["Math", "math ", "Robotics"]).Should().Equal("math", "robotics");
    }

    [Test]
    public void A_blank_or_too_long_tag_is_refused()
    {
        FluentActions.Invoking(() => Tags.Normalize(" ")).Should().Throw<DomainException>();
        FluentActions.Invoking(() => Tags.Normalize(new string('a', TextLengths.Tag + 1))).Should().Throw<DomainException>();
    }
}
