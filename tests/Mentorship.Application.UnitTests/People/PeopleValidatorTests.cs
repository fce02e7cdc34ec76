using FluentValidation;
using Mentorship.Application.People;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Commands.GiveConsent;
using Mentorship.Domain.People;

namespace Mentorship.Application.UnitTests.People;

/// <summary>People validators name each wrong field as the JSON body does.</summary>
public class PeopleValidatorTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero));

    [OneTimeSetUp]
    public void UseJsonFieldNames() => ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;

    [Test]
    public void Only_pupils_have_a_grade_and_birth_dates_are_not_in_the_future()
    {
        var command = new CreatePersonCommand(Guid.NewGuid(), "Иванова", "Мария", null, new DateOnly(2030, 1, 1), PersonCategory.Teacher, 5, null, null, null);

        new CreatePersonValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("grade", "birthDate");
    }

    [Test]
    public void A_consent_given_by_a_representative_names_the_representative()
    {
        var command = new GiveConsentCommand(ConsentGiver.LegalRepresentative, null, "Участие в программе", null, null);

        new GiveConsentValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Should().Equal("representativeName");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
