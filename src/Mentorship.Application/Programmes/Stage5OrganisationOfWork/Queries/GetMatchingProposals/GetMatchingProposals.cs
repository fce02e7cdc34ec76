using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Matching;
using Mentorship.Domain.Programmes;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

/// <summary>
/// Proposes pairs for the mentees waiting in the bank: the assignment that maximises the total score under the
/// mentors' free capacities. Proposals never break a form rule, a missing consent or a capacity.
/// </summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Form">Only proposals in this form.</param>
/// <param name="MenteePersonId">Only proposals for this mentee (e.g. re-matching after a pair ended).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMatchingProposalsQuery(Guid ProgrammeId, MentoringForm? Form = null, Guid? MenteePersonId = null) : IRequest<MatchingResultDto>;

/// <summary>Loads the banks and hands them to the matching engine, once per form of the programme.</summary>
internal sealed class GetMatchingProposalsHandler(IApplicationDbContext db, MatchingEngine engine, TimeProvider time, IOptions<MatchingOptions> options) : IRequestHandler<GetMatchingProposalsQuery, MatchingResultDto>
{
    public async Task<MatchingResultDto> Handle(GetMatchingProposalsQuery request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var bank = await MatchingBank.LoadAsync(db, programme.Id, request.MenteePersonId, time.GetUtcNow(), cancellationToken);

        var mentors = bank.Mentors;
        var waiting = bank.Mentees;
        var proposals = new List<MatchingProposalDto>();
        var why = new Dictionary<Guid, (string Reason, bool FormAdmits)>();
        // Forms in enum order, each over the mentees not yet proposed and the places earlier forms left: deterministic,
        // and a mentee gets the first allowed form that finds them a mentor, as a pair took its first allowed form before.
        foreach (var form in programme.Forms.Select(f => f.Form).Where(f => request.Form is null || f == request.Form).Distinct().Order())
        {
            var result = engine.Propose(new MatchingInput(form, mentors, waiting) { MaxCandidatesPerMentee = options.Value.CandidatesPerMentee });
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
