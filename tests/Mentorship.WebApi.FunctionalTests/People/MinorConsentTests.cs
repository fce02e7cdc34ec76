using System.Net;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>
/// 152-FZ: a person under 18 (on the application's date, 1 October 2024 in the tests) is consented for by a legal
/// representative; the minor's own consent alone is refused. A pupil without a birth date counts as a minor. A
/// pupil of 14–17 may co-sign the representative's consent, and the co-signature is kept with it.
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

    [Test]
    public async Task A_fifteen_year_old_co_signs_the_representatives_consent_and_the_consent_keeps_it()
    {
        var person = await Given.Person(_school, PersonCategory.Pupil, "Соподписант", consent: false, birthDate: new DateOnly(2009, 3, 1));
        AsCurator(_school);

        var given = await PostAsync($"{Api}/people/{person}/consents",
            new { givenBy = "LegalRepresentative", representativeName = "Отец", purpose = "Участие в программе наставничества", coSignedBySubject = true });

        (await OkAsync<ConsentDto>(given, HttpStatusCode.Created)).CoSignedBySubject.Should().BeTrue();
        var listed = await OkAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{person}/consents"));
        listed.Should().ContainSingle().Which.CoSignedBySubject.Should().BeTrue();
    }

    private static IEnumerable<TestCaseData> NoCoSignature()
    {
        yield return new TestCaseData(new DateOnly(2012, 5, 1), "LegalRepresentative").SetName("A twelve-year-old cannot co-sign");
        yield return new TestCaseData(null, "LegalRepresentative").SetName("A pupil without a birth date cannot co-sign");
        yield return new TestCaseData(new DateOnly(2000, 5, 1), "Self").SetName("An adult's own consent has no co-signature");
    }

    [TestCaseSource(nameof(NoCoSignature))]
    public async Task A_co_signature_outside_fourteen_to_seventeen_is_refused_with_its_code(DateOnly? birthDate, string givenBy)
    {
        var person = await Given.Person(_school, PersonCategory.Pupil, "Соподписант", consent: false, birthDate: birthDate);
        AsCurator(_school);

        var refused = await PostAsync($"{Api}/people/{person}/consents", new
        {
            givenBy,
            representativeName = givenBy == "Self" ? null : "Мать",
            purpose = "Участие в программе наставничества",
            coSignedBySubject = true,
        });

        (await ProblemAsync(refused, HttpStatusCode.BadRequest)).ErrorCodes!["coSignedBySubject"].Should().Equal("consent.co_signature_not_applicable");
        (await CountAsync<Consent>()).Should().Be(0);
    }
}
