using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.UnitTests.People;

public class AffiliationTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();

    [Test]
    public void A_pupil_of_a_school_is_affiliated_with_a_centre_for_a_period()
    {
        var person = new Person(School, new PersonName("Иванова", "Мария"), PersonCategory.Pupil, 7);

        var affiliation = person.Affiliate(Centre, PersonCategory.Pupil, new DateOnly(2024, 9, 1));

        person.Affiliations.Should().ContainSingle().Which.Should().BeSameAs(affiliation);
        affiliation.IsActiveDuring(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).Should().BeTrue();
        affiliation.IsActiveDuring(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).Should().BeFalse();
    }

    [Test]
    public void The_home_organisation_in_the_persons_own_category_is_not_a_second_affiliation()
    {
        var person = new Person(School, new PersonName("Иванова", "Мария"), PersonCategory.Pupil, 7);

        var act = () => person.Affiliate(School, PersonCategory.Pupil, new DateOnly(2024, 9, 1));

        act.Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Affiliation.IsHomeOrganization);
    }

    [Test]
    public void An_affiliation_ends_once_and_not_before_it_began()
    {
        var person = new Person(School, new PersonName("Иванова", "Мария"), PersonCategory.Pupil, 7);
        var affiliation = person.Affiliate(Centre, PersonCategory.Pupil, new DateOnly(2024, 9, 1));

        var tooEarly = () => person.EndAffiliation(affiliation, new DateOnly(2024, 8, 31));
        tooEarly.Should().Throw<DomainException>().Which.Field.Should().Be("to");

        person.EndAffiliation(affiliation, new DateOnly(2025, 5, 31));
        affiliation.To.Should().Be(new DateOnly(2025, 5, 31));
        affiliation.IsActiveDuring(new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31)).Should().BeFalse();

        var again = () => person.EndAffiliation(affiliation, new DateOnly(2025, 6, 30));
        again.Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Affiliation.AlreadyEnded);
    }

    [Test]
    public void Erasure_removes_the_snils()
    {
        var person = new Person(School, new PersonName("Иванова", "Мария"), PersonCategory.Pupil, 7);
        person.SetSnils(Snils.Create("112-233-445 95"));

        person.Anonymise(DateTimeOffset.UnixEpoch);

        person.Snils.Should().BeNull();
    }
}
