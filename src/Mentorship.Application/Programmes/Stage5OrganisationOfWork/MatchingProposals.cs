using Mentorship.Application.Common.Localization;
using Mentorship.Application.Matching;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// Stage 5's matching of a programme's banks, form by form: what the synchronous query answers and what a matching
/// run stores, computed by the same code so that both give the same proposals.
/// </summary>
internal static class MatchingProposals
{
    /// <summary>The forms matched, in enum order: the programme's, or the one asked for.</summary>
    public static IReadOnlyList<MentoringForm> FormsOf(Programme programme, MentoringForm? only) =>
        programme.Forms.Select(f => f.Form).Where(f => only is null || f == only).Distinct().Order().ToList();

    /// <param name="formSolved">Called after each form, for a run's progress.</param>
    public static async Task<MatchingResultDto> ComputeAsync(
        IReadOnlyList<MentoringForm> forms, MatchingBank bank, MatchingEngine engine, int? candidatesPerMentee, Func<Task>? formSolved = null)
    {
        var mentors = bank.Mentors;
        var waiting = bank.Mentees;
        var proposals = new List<MatchingProposalDto>();
        var why = new Dictionary<Guid, (string Reason, bool FormAdmits)>();
        // Forms in enum order, each over the mentees not yet proposed and the places earlier forms left: deterministic,
        // and a mentee gets the first allowed form that finds them a mentor, as a pair took its first allowed form before.
        foreach (var form in forms)
        {
            var result = engine.Propose(new MatchingInput(form, mentors, waiting) { MaxCandidatesPerMentee = candidatesPerMentee });
            proposals.AddRange(result.Proposals.Select(p => new MatchingProposalDto(p.Mentor.Id, p.Mentor.PersonId, bank.Names[p.Mentor.PersonId],
                p.Mentee.Id, p.Mentee.PersonId, bank.Names[p.Mentee.PersonId], form, p.Score, p.SharedTags, p.Reasons)));
            foreach (var unmatched in result.Unmatched)
            {
                // The reason kept is the first from a form that admits the mentee, else the first form's.
                var admits = MatchingScorer.MenteeObstacle(form, unmatched.Mentee) == MatchingObstacle.None;
                if (!why.TryGetValue(unmatched.Mentee.Id, out var kept) || (admits && !kept.FormAdmits))
                {
                    why[unmatched.Mentee.Id] = (unmatched.Reason, admits);
                }
            }

            // A proposal takes a place: the next form sees it as load, as it would once the curator confirms the pair.
            var taken = result.Proposals.CountBy(p => p.Mentor.Id).ToDictionary();
            mentors = mentors.Select(m => m with { CurrentLoad = m.CurrentLoad + taken.GetValueOrDefault(m.Id) }).Where(m => m.FreeCapacity > 0).ToList();
            waiting = result.Unmatched.Select(u => u.Mentee).ToList();
            if (formSolved is not null)
            {
                await formSolved();
            }
        }

        var proposed = proposals.Select(p => p.MenteeId).ToHashSet();
        var noForm = Catalogue.Text("matching.unmatched.form_not_used");
        return new MatchingResultDto(
            proposals.OrderByDescending(p => p.Score).ThenBy(p => p.MenteeName, StringComparer.Ordinal).ThenBy(p => p.MenteeId).ToList(),
            bank.Mentees.Where(m => !proposed.Contains(m.Id))
                .Select(m => new UnmatchedMenteeDto(m.Id, m.PersonId, bank.Names[m.PersonId], m.RequestTags, why.TryGetValue(m.Id, out var kept) ? kept.Reason : noForm)).ToList(),
            proposals.Sum(p => p.Score));
    }
}
