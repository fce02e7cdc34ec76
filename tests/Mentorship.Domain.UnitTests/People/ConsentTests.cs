using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.UnitTests.People;

public class ConsentTests
{
    private static readonly DateTimeOffset GivenAt = new(2024, 9, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Revoking_a_consent_twice_is_refused()
    {
        var consent = NewConsent();
        consent.Revoke(GivenAt.AddDays(1));

        var act = () => consent.Revoke(GivenAt.AddDays(2));

        act.Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Consent.AlreadyRevoked);
        consent.RevokedAt.Should().Be(GivenAt.AddDays(1));
    }

    [Test]
    public void A_consent_cannot_be_revoked_before_it_was_given()
    {
        var act = () => NewConsent().Revoke(GivenAt.AddDays(-1));

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Consent.RevokedBeforeGiven, Field = "revokedAt" });
    }

    [Test]
    public void A_legal_representative_is_named()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Петров", "Пётр"), PersonCategory.Pupil, 5);

        var act = () => person.GiveConsent(ConsentGiver.LegalRepresentative, null, "участие", GivenAt, null);

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Consent.RepresentativeRequired, Field = "representativeName" });
    }

    [Test]
    public void A_representative_is_named_only_when_a_legal_representative_consents()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Петров", "Пётр"), PersonCategory.Pupil, 5);

        var act = () => person.GiveConsent(ConsentGiver.Self, "Мама", "участие", GivenAt, null);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Consent.RepresentativeNotExpected);
    }

    [Test]
    public void A_purpose_is_required()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Иванова", "Анна"), PersonCategory.Teacher);

        var act = () => person.GiveConsent(ConsentGiver.Self, null, "", GivenAt, null);

        act.Should().Throw<DomainException>().Which.Field.Should().Be("purpose");
    }

    [Test]
    public void Revoking_an_unknown_consent_is_refused()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Иванова", "Анна"), PersonCategory.Teacher);

        var act = () => person.RevokeConsent(Guid.CreateVersion7(), GivenAt);

        act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Consent.NotFound, Field = "consentId" });
    }

    [TestCase("2010-09-01", true, TestName = "Co-signed on the fourteenth birthday")]
    [TestCase("2006-09-02", true, TestName = "Co-signed the day before the eighteenth birthday")]
    [TestCase("2010-09-02", false, TestName = "Not co-signed the day before the fourteenth birthday")]
    [TestCase(null, false, TestName = "Not co-signed without a birth date")]
    public void A_pupil_co_signs_a_representatives_consent_from_fourteen_to_seventeen(string? birthDate, bool accepted)
    {
        var birth = birthDate is null ? (DateOnly?)null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture);
        var person = new Person(Guid.CreateVersion7(), new PersonName("Петров", "Пётр"), PersonCategory.Pupil, 9, birth);

        var act = () => person.GiveConsent(ConsentGiver.LegalRepresentative, "Мама", "участие", GivenAt, null, coSignedBySubject: true);

        if (accepted)
        {
            act().CoSignedBySubject.Should().BeTrue();
        }
        else
        {
            act.Should().Throw<DomainException>().Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Consent.CoSignatureNotApplicable, Field = "coSignedBySubject" });
            person.Consents.Should().BeEmpty();
        }
    }

    [Test]
    public void A_co_signature_belongs_only_to_a_representatives_consent()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Иванова", "Анна"), PersonCategory.Teacher, birthDate: new DateOnly(1990, 1, 1));

        var act = () => person.GiveConsent(ConsentGiver.Self, null, "участие", GivenAt, null, coSignedBySubject: true);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Consent.CoSignatureNotApplicable);
    }

    private static Consent NewConsent()
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Иванова", "Анна"), PersonCategory.Teacher);
        return person.GiveConsent(ConsentGiver.Self, null, "участие", GivenAt, null);
    }
}
