using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.UnitTests.People;

public class PersonTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid OrganizationId = Guid.CreateVersion7();

    [Test]
    public void Revoking_a_consent_says_whether_another_one_remains_and_erasure_is_an_event()
    {
        var person = new Person(OrganizationId, new PersonName("Петров", "Пётр"), PersonCategory.Teacher);
        var first = person.GiveConsent(ConsentGiver.Self, null, "участие в программе", Now.AddDays(-10), null);
        var second = person.GiveConsent(ConsentGiver.Self, null, "участие в конкурсе", Now.AddDays(-5), null);

        person.RevokeConsent(first.Id, Now);
        person.RevokeConsent(second.Id, Now.AddMinutes(1));
        person.Anonymise(Now.AddMinutes(2));

        person.DomainEvents.Should().Equal(
            new ConsentRevoked(person.Id, first.Id, ConsentRemains: true) { OccurredAt = Now },
            new ConsentRevoked(person.Id, second.Id, ConsentRemains: false) { OccurredAt = Now.AddMinutes(1) },
            new PersonErased(person.Id) { OccurredAt = Now.AddMinutes(2) });
    }

    [Test]
    public void Anonymise_blanks_names_contacts_and_birth_date_but_keeps_id_category_and_organisation()
    {
        var person = new Person(OrganizationId, new PersonName("Петров", "Пётр", "Петрович"), PersonCategory.Pupil, 7, new DateOnly(2012, 3, 4));
        person.SetContacts("p@example.ru", "+7 900 000-00-00");
        person.SetExternalId("school-1", "P-1");
        person.GiveConsent(ConsentGiver.LegalRepresentative, "Петрова Мария", "участие в программе", Now.AddDays(-10), "№ 12");
        var id = person.Id;

        person.Anonymise(Now);

        person.Id.Should().Be(id);
        person.Category.Should().Be(PersonCategory.Pupil);
        person.Grade.Should().Be(7);
        person.OrganizationId.Should().Be(OrganizationId);
        person.LastName.Should().BeEmpty();
        person.FirstName.Should().BeEmpty();
        person.MiddleName.Should().BeNull();
        person.BirthDate.Should().BeNull();
        person.Email.Should().BeNull();
        person.Phone.Should().BeNull();
        person.ExternalIds.Should().BeEmpty();
        person.Consents.Should().ContainSingle().Which.RepresentativeName.Should().BeNull();
        person.IsAnonymised.Should().BeTrue();
        person.AnonymisedAt.Should().Be(Now);
    }

    [Test]
    public void An_anonymised_person_has_no_active_consent_and_takes_no_changes()
    {
        var person = Teacher();
        person.GiveConsent(ConsentGiver.Self, null, "участие", Now.AddDays(-1), null);
        person.Anonymise(Now);

        person.HasActiveConsent(Now.AddDays(1)).Should().BeFalse();
        FluentActions.Invoking(() => person.Anonymise(Now)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Person.Erased);
        FluentActions.Invoking(() => person.SetContacts("a@b.ru", null)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Person.Erased);
        FluentActions.Invoking(() => person.Update(OrganizationId, new PersonName("А", "Б"), PersonCategory.Teacher, null, null, false))
            .Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Person.Erased);
        FluentActions.Invoking(() => person.RecordTraining("ДПП", 36, new DateOnly(2024, 5, 20), null))
            .Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Person.Erased);
    }

    [Test]
    public void Employment_is_kept_for_teachers_only()
    {
        var pupil = new Person(OrganizationId, new PersonName("А", "Б"), PersonCategory.Pupil, 5);

        FluentActions.Invoking(() => pupil.RecordEmployment(OrganizationId, new DateOnly(2021, 9, 1), 1, null))
            .Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Person.EmploymentForTeachersOnly, Field = "personId" });
        var employment = Teacher().RecordEmployment(OrganizationId, new DateOnly(2021, 9, 1), 1, null, new DateOnly(2024, 6, 30));
        employment.LeftAt.Should().Be(new DateOnly(2024, 6, 30));
    }

    [Test]
    public void Only_pupils_have_a_grade_and_it_is_from_1_to_11()
    {
        FluentActions.Invoking(() => new Person(OrganizationId, new PersonName("А", "Б"), PersonCategory.Teacher, 5))
            .Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Person.GradeForPupilsOnly, Field = "grade" });
        FluentActions.Invoking(() => new Person(OrganizationId, new PersonName("А", "Б"), PersonCategory.Pupil, 12))
            .Should().Throw<DomainException>().Which.Field.Should().Be("grade");
    }

    [Test]
    public void A_name_is_required()
    {
        FluentActions.Invoking(() => new Person(OrganizationId, new PersonName(" ", "Б"), PersonCategory.Teacher))
            .Should().Throw<DomainException>().Which.Field.Should().Be("lastName");
    }

    [Test]
    public void Age_is_in_full_years_on_the_date()
    {
        var person = new Person(OrganizationId, new PersonName("А", "Б"), PersonCategory.Pupil, 5, new DateOnly(2014, 9, 2));

        person.AgeOn(new DateOnly(2024, 9, 1)).Should().Be(9);
        person.AgeOn(new DateOnly(2024, 9, 2)).Should().Be(10);
        Teacher().AgeOn(new DateOnly(2024, 9, 1)).Should().BeNull();
    }

    [Test]
    public void A_client_has_one_external_id_per_person_and_the_latest_wins()
    {
        var person = Teacher();

        person.SetExternalId("school-1", "T-1");
        person.SetExternalId("school-1", "T-2");
        person.SetExternalId("school-2", "X");

        person.ExternalIds.Should().HaveCount(2);
        person.ExternalIds.Single(e => e.ClientId == "school-1").ExternalId.Should().Be("T-2");
    }

    [Test]
    public void A_consent_is_active_from_when_it_was_given_until_it_is_revoked()
    {
        var person = Teacher();
        var consent = person.GiveConsent(ConsentGiver.Self, null, "участие", Now, null);

        person.HasActiveConsent(Now.AddMinutes(-1)).Should().BeFalse();
        person.HasActiveConsent(Now).Should().BeTrue();

        person.RevokeConsent(consent.Id, Now.AddDays(1));

        person.HasActiveConsent(Now.AddDays(1)).Should().BeFalse();
        person.HasActiveConsent(Now.AddHours(1)).Should().BeTrue();
    }

    private static Person Teacher() => new(OrganizationId, new PersonName("Иванова", "Анна"), PersonCategory.Teacher);
}
