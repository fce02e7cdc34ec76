using System.Net;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>
/// 152-FZ: a person under 18 (on the application's date, 1 October 2024 in the tests) is consented for by a legal
/// representative; the minor's own consent alone is refused. A pupil without a birth date counts as a minor.
/// </summary>
public sealed class MinorConsentTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("Школа № 1");

    private static IEnumerable<TestCaseData> Minors()
    {
        yield return new TestCaseData(PersonCategory.Pupil, new DateOnly(2016, 5, 1)).SetName("An eight-year-old's own consent is refused");
        yield return new TestCaseData(PersonCategory.Pupil, new DateOnly(2008, 5, 1)).SetName("A sixteen-year-old's own consent is refused");
        yield return new TestCaseData(PersonCategory.Pupil, new DateOnly(2006, 10, 2)).SetName("A pupil turning 18 tomorrow is still a minor");
        yield return new TestCaseData(PersonCategory.Pupil, null).SetName("A pupil without a birth date is taken for a minor");
        yield return new TestCaseData(PersonCategory.Student, new DateOnly(2007, 9, 1)).SetName("A seventeen-year-old student's own consent is refused");
    }

    [TestCaseSource(nameof(Minors))]
    public async Task A_minors_own_consent_is_refused_and_a_representatives_accepted(PersonCategory category, DateOnly? birthDate)
    {
        var person = await Given.Person(_school, category, "Несовершеннолетний", consent: false, birthDate: birthDate);
        AsCurator(_school);

        var own = await PostAsync($"{Api}/people/{person}/consents", new { givenBy = "Self", purpose = "Участие в программе наставничества" });

        var problem = await ProblemAsync(own, HttpStatusCode.BadRequest);
        problem.ErrorCodes!["givenBy"].Should().Equal("consent.minor_requires_representative");
        (await CountAsync<Consent>()).Should().Be(0);
        var byRepresentative = await PostAsync($"{Api}/people/{person}/consents", new { givenBy = "LegalRepresentative", representativeName = "Мать", purpose = "Участие в программе наставничества" });
        (await OkAsync<ConsentDto>(byRepresentative, HttpStatusCode.Created)).GivenBy.Should().Be(ConsentGiver.LegalRepresentative);
    }

    [TestCase(PersonCategory.Pupil, "2006-10-01")]
    [TestCase(PersonCategory.Teacher, null)]
    public async Task An_adult_consents_for_themself(PersonCategory category, string? birthDate)
    {
        var person = await Given.Person(_school, category, "Взрослый", consent: false, birthDate: birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture));
        AsCurator(_school);

        var own = await PostAsync($"{Api}/people/{person}/consents", new { givenBy = "Self", purpose = "Участие в программе наставничества" });

        (await OkAsync<ConsentDto>(own, HttpStatusCode.Created)).GivenBy.Should().Be(ConsentGiver.Self);
    }
}
