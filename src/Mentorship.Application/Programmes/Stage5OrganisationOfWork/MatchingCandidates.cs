using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>A mentor of the bank as matching sees them: who, what they can give, and how much room is left.</summary>
public sealed record MatchingMentor(Guid MentorId, Guid PersonId, string Name, PersonCategory Category, Guid OrganizationId, int Capacity, int Load, IReadOnlyList<string> Competences)
{
    public int FreeCapacity => Math.Max(0, Capacity - Load);
}

/// <summary>A mentee waiting for a mentor, with the topic tags of all their requests.</summary>
public sealed record MatchingMentee(Guid MenteeId, Guid PersonId, string Name, PersonCategory Category, bool HasSpecialNeeds, Guid OrganizationId, IReadOnlyList<string> Tags);

/// <summary>A compatible pair with its score and why.</summary>
public sealed record MatchingCandidate(MatchingMentor Mentor, MatchingMentee Mentee, MentoringForm Form, int Score, IReadOnlyList<string> SharedTags, IReadOnlyList<string> Reasons);

/// <summary>
/// Builds the candidates of stage 5 and scores them. Compatible: a form of the programme allows both categories
/// (and the ОВЗ forms take only children with special needs), both have an active consent, the mentor is active with
/// free capacity, the mentee is active, has requests and is in no active pair/group of the programme, and they share
/// at least one request tag. Score = <see cref="TagWeight"/> per shared tag + <see cref="SameOrganizationBonus"/>
/// for the same organisation − <see cref="LoadPenalty"/> per mentee the mentor already has.
/// </summary>
public static class MatchingCandidates
{
    public const int TagWeight = 10;
    public const int SameOrganizationBonus = 3;
    public const int LoadPenalty = 1;

    public static async Task<(IReadOnlyList<MatchingMentor> Mentors, IReadOnlyList<MatchingMentee> Mentees, IReadOnlyList<MatchingCandidate> Candidates)> BuildAsync(
        IApplicationDbContext db, Programme programme, MentoringForm? onlyForm, Guid? onlyMenteePersonId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var forms = programme.Forms.Select(f => f.Form).Where(f => onlyForm is null || f == onlyForm).OrderBy(f => f).ToList();
        var loads = await GroupRules.MentorLoadsAsync(db, programme.Id, cancellationToken);
        var pairedMentees = await GroupRules.ActiveMenteesAsync(db, programme.Id, null, cancellationToken);

        var mentorRows = await db.Mentors.AsNoTracking().Where(m => m.ProgrammeId == programme.Id && m.IsActive)
            .Select(m => new { m.Id, m.PersonId, m.Capacity, Tags = m.Competences.Select(c => c.Tag).ToList() }).ToListAsync(cancellationToken);
        var menteeRows = await db.Mentees.AsNoTracking().Where(m => m.ProgrammeId == programme.Id && m.IsActive && m.Requests.Any())
            .Where(m => onlyMenteePersonId == null || m.PersonId == onlyMenteePersonId)
            .Select(m => new { m.Id, m.PersonId, Tags = m.Requests.SelectMany(r => r.Tags).Select(t => t.Tag).ToList() }).ToListAsync(cancellationToken);

        var personIds = mentorRows.Select(m => m.PersonId).Concat(menteeRows.Select(m => m.PersonId)).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Include(p => p.Consents).Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var mentors = mentorRows.Where(m => people[m.PersonId].HasActiveConsent(now))
            .Select(m => new MatchingMentor(m.Id, m.PersonId, NameOf(people[m.PersonId]), people[m.PersonId].Category, people[m.PersonId].OrganizationId,
                m.Capacity, loads.GetValueOrDefault(m.PersonId), m.Tags.Order(StringComparer.Ordinal).ToList()))
            .Where(m => m.FreeCapacity > 0).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MentorId).ToList();
        var mentees = menteeRows.Where(m => !pairedMentees.Contains(m.PersonId) && people[m.PersonId].HasActiveConsent(now))
            .Select(m => new MatchingMentee(m.Id, m.PersonId, NameOf(people[m.PersonId]), people[m.PersonId].Category, people[m.PersonId].HasSpecialNeeds,
                people[m.PersonId].OrganizationId, m.Tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MenteeId).ToList();

        var candidates = new List<MatchingCandidate>();
        foreach (var mentor in mentors)
        {
            foreach (var mentee in mentees.Where(e => e.PersonId != mentor.PersonId))
            {
                var form = forms.Cast<MentoringForm?>().FirstOrDefault(f =>
                    FormRules.AllowsMember(f!.Value, true, mentor.Category, false) && FormRules.AllowsMember(f.Value, false, mentee.Category, mentee.HasSpecialNeeds));
                var shared = mentee.Tags.Intersect(mentor.Competences, StringComparer.Ordinal).ToList();
                if (form is null || shared.Count == 0)
                {
                    continue;
                }

                candidates.Add(Score(mentor, mentee, form.Value, shared));
            }
        }

        return (mentors, mentees, candidates);
    }

    /// <summary>Chooses the proposals: the assignment with the highest total score under the mentors' free capacities.</summary>
    public static IReadOnlyList<MatchingCandidate> Propose(IMatchingSolver solver, IReadOnlyList<MatchingMentor> mentors, IReadOnlyList<MatchingMentee> mentees, IReadOnlyList<MatchingCandidate> candidates)
    {
        var mentorIndex = mentors.Select((m, i) => (m, i)).ToDictionary(x => x.m.MentorId, x => x.i);
        var menteeIndex = mentees.Select((m, i) => (m, i)).ToDictionary(x => x.m.MenteeId, x => x.i);
        var byEdge = candidates.ToDictionary(c => (mentorIndex[c.Mentor.MentorId], menteeIndex[c.Mentee.MenteeId]));
        var edges = byEdge.Select(e => new MatchingEdge(e.Key.Item1, e.Key.Item2, e.Value.Score)).ToList();
        var chosen = solver.Solve(new MatchingProblem(mentors.Select(m => m.FreeCapacity).ToList(), mentees.Count, edges));
        return chosen.Select(c => byEdge[(c.MentorIndex, c.MenteeIndex)])
            .OrderByDescending(c => c.Score).ThenBy(c => c.Mentee.Name, StringComparer.Ordinal).ThenBy(c => c.Mentee.MenteeId).ToList();
    }

    private static MatchingCandidate Score(MatchingMentor mentor, MatchingMentee mentee, MentoringForm form, List<string> shared)
    {
        var sameOrganization = mentor.OrganizationId == mentee.OrganizationId;
        var score = (TagWeight * shared.Count) + (sameOrganization ? SameOrganizationBonus : 0) - (LoadPenalty * mentor.Load);
        var reasons = new List<string>
        {
            Texts.Pick($"Общие темы запроса и компетенций: {string.Join(", ", shared)} (+{TagWeight * shared.Count}).",
                $"Shared request and competence tags: {string.Join(", ", shared)} (+{TagWeight * shared.Count})."),
            Texts.Pick($"Форма {form} допускает категории обеих сторон; согласия на обработку данных действуют.",
                $"The form {form} allows both categories; both consents are active."),
        };
        if (sameOrganization)
        {
            reasons.Add(Texts.Pick($"Одна организация (+{SameOrganizationBonus}).", $"Same organisation (+{SameOrganizationBonus})."));
        }

        reasons.Add(mentor.Load > 0
            ? Texts.Pick($"У наставника уже {mentor.Load} наставляемых (−{LoadPenalty * mentor.Load}); свободно мест: {mentor.FreeCapacity}.",
                $"The mentor already has {mentor.Load} mentee(s) (−{LoadPenalty * mentor.Load}); free places: {mentor.FreeCapacity}.")
            : Texts.Pick($"Свободно мест у наставника: {mentor.FreeCapacity}.", $"The mentor has {mentor.FreeCapacity} free place(s)."));
        return new MatchingCandidate(mentor, mentee, form, score, shared, reasons);
    }

    private static string NameOf(Person person) => $"{person.LastName} {person.FirstName}".Trim();
}
