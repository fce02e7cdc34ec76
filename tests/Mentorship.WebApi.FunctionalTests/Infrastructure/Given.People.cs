using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// People of an organisation as a school system would have them: with an active consent (a pupil's given by a legal
/// representative) unless told otherwise. Seeded as rows, so that a test of another feature does not depend on the
/// people API, and a birth date can lie anywhere in the past.
/// </summary>
public sealed partial class Given
{
    private static readonly DateTimeOffset ConsentGivenAt = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<Guid> Person(Guid organizationId, PersonCategory category, string? lastName = null, bool consent = true, bool specialNeeds = false, DateOnly? birthDate = null)
    {
        var person = NewPerson(organizationId, category, lastName, consent, specialNeeds, birthDate);
        await Rows(db => db.People.Add(person));
        return person.Id;
    }

    /// <summary><paramref name="count"/> people of one category, born on the same day.</summary>
    public async Task<List<Guid>> People(Guid organizationId, int count, PersonCategory category, DateOnly birthDate)
    {
        var people = Enumerable.Range(0, count).Select(_ => NewPerson(organizationId, category, null, consent: true, specialNeeds: false, birthDate)).ToList();
        await Rows(db => db.People.AddRange(people));
        return people.ConvertAll(p => p.Id);
    }

    private Person NewPerson(Guid organizationId, PersonCategory category, string? lastName, bool consent, bool specialNeeds, DateOnly? birthDate)
    {
        var n = Next();
        var pupil = category == PersonCategory.Pupil;
        var person = new Person(organizationId, new PersonName(lastName ?? $"Участник{n}", $"Имя{n}"), category, pupil ? 8 : null, birthDate);
        person.SetSpecialNeeds(specialNeeds);
        if (consent)
        {
            person.GiveConsent(pupil ? ConsentGiver.LegalRepresentative : ConsentGiver.Self, pupil ? "Законный представитель" : null,
                "Участие в программе наставничества", ConsentGivenAt, $"№ {n}");
        }

        return person;
    }

    /// <summary>A pupil registered through the people API (born 12 April 2011), without a consent yet.</summary>
    public Task<PersonDto> Pupil(Guid organizationId, string lastName, string firstName, int grade = 7) =>
        CreatedAsync<PersonDto>($"{Api}/people", new { organizationId, lastName, firstName, category = "Pupil", grade, birthDate = "2011-04-12" });

    /// <summary>A consent given through the people API (by default a legal representative's, as a pupil's must be).</summary>
    public Task<ConsentDto> Consent(Guid personId, string givenBy = "LegalRepresentative", string? representativeName = "Законный представитель") =>
        CreatedAsync<ConsentDto>($"{Api}/people/{personId}/consents", new { givenBy, representativeName, purpose = "Участие в программе наставничества", documentReference = "№ 12" });

    /// <summary>
    /// A pupil–pupil pair of a new programme of the organisation, active since 15 September 2024, put together as a row
    /// (the stage-5 API is another feature); the domain throws its refusal.
    /// </summary>
    public async Task Pair(Guid organizationId, Guid mentorId, Guid menteeId)
    {
        var programme = await Programme(organizationId, $"Программа наставничества {Next()}");
        await Group(programme.Id, mentorId, [menteeId], new DateOnly(2024, 9, 15), format: MentoringFormat.OneToOne);
    }
}
