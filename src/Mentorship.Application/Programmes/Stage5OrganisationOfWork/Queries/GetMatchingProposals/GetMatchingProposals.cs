using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
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

        return await MatchingProposals.ComputeAsync(MatchingProposals.FormsOf(programme, request.Form), bank, engine, options.Value.CandidatesPerMentee);
    }
}
