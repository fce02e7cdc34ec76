using Mentorship.Domain.People;

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
}
