using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Matching;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// The banks of a programme as the matching engine sees them: active mentors with a free place and an active consent,
/// and active mentees with requests, an active consent and no active pair/group of the programme. A person without an
/// active consent is left out altogether, since matching is processing of their personal data. People and their
/// organisations are read past the person scope, for these persons only. Both lists are ordered by name, then id, so
/// that the engine's ties (the mentor listed first) go the same way every time.
/// </summary>
internal sealed record MatchingBank(IReadOnlyList<MatchingMentor> Mentors, IReadOnlyList<MatchingMentee> Mentees, IReadOnlyDictionary<Guid, string> Names)
{
    public static async Task<MatchingBank> LoadAsync(IApplicationDbContext db, Guid programmeId, Guid? onlyMenteePersonId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loads = await GroupReads.MentorLoadsAsync(db, programmeId, cancellationToken);
        var paired = await GroupReads.ActiveMenteesAsync(db, programmeId, null, cancellationToken);

        var mentorRows = await db.Mentors.AsNoTracking().Where(m => m.ProgrammeId == programmeId && m.IsActive)
            .Select(m => new { m.Id, m.PersonId, m.Capacity, Tags = m.Competences.Select(c => c.Tag).ToList() }).ToListAsync(cancellationToken);
        var menteeRows = await db.Mentees.AsNoTracking().Where(m => m.ProgrammeId == programmeId && m.IsActive && m.Requests.Any())
            .Where(m => onlyMenteePersonId == null || m.PersonId == onlyMenteePersonId)
            .Select(m => new { m.Id, m.PersonId, Tags = m.Requests.SelectMany(r => r.Tags).Select(t => t.Tag).ToList() }).ToListAsync(cancellationToken);

        var personIds = mentorRows.Select(m => m.PersonId).Concat(menteeRows.Select(m => m.PersonId)).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Include(p => p.Consents).Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var organizationIds = people.Values.Select(p => p.OrganizationId).Distinct().ToList();
        var municipalities = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.MunicipalityId, cancellationToken);
        var names = people.Values.ToDictionary(p => p.Id, p => NameOf(p.LastName, p.FirstName));

        // The banks record no preferred formats, so the engine's format bonus does not apply to stage 5 yet.
        var mentors = mentorRows.Where(m => people[m.PersonId].HasActiveConsent(now))
            .Select(m => (Row: m, Person: people[m.PersonId]))
            .Select(x => new MatchingMentor(x.Row.Id, x.Row.PersonId, x.Person.Category, x.Person.OrganizationId, municipalities[x.Person.OrganizationId],
                x.Row.Capacity, loads.GetValueOrDefault(x.Row.PersonId), x.Row.Tags.Order(StringComparer.Ordinal).ToList(), [], HasActiveConsent: true))
            .Where(m => m.FreeCapacity > 0)
            .OrderBy(m => names[m.PersonId], StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
        var mentees = menteeRows.Where(m => !paired.Contains(m.PersonId) && people[m.PersonId].HasActiveConsent(now))
            .Select(m => (Row: m, Person: people[m.PersonId]))
            .Select(x => new MatchingMentee(x.Row.Id, x.Row.PersonId, x.Person.Category, x.Person.OrganizationId, municipalities[x.Person.OrganizationId],
                x.Row.Tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), [], HasActiveConsent: true, x.Person.HasSpecialNeeds))
            .OrderBy(m => names[m.PersonId], StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
        return new MatchingBank(mentors, mentees, names);
    }

    /// <summary>The names shown with proposals, read past the person scope for these persons only.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        (await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.LastName, p.FirstName }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => NameOf(p.LastName, p.FirstName));

    private static string NameOf(string lastName, string? firstName) => $"{lastName} {firstName}".Trim();
}
