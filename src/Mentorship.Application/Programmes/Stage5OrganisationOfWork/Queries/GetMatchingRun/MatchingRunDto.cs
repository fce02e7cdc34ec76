using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingRun;

/// <summary>
/// A matching run of a programme (подбор пар in the background) and, once it succeeded, its result: the fields of
/// <c>GET …/matching</c>'s answer (flat, beside the run's own).
/// </summary>
/// <param name="Id">The run; the same id as its job at <c>/jobs/{id}</c>.</param>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Form">Only proposals in this form; null for every form of the programme.</param>
/// <param name="MenteePersonId">Only proposals for this mentee; null for every waiting mentee.</param>
/// <param name="Status">Queued, Running, Succeeded or Failed.</param>
/// <param name="Phase">Queued, Loading, Solving, Storing or Done.</param>
/// <param name="Percent">Done share of the work, 0–100.</param>
/// <param name="Language">The language the reasons are written in: the one of the request that started the run ("ru", "en").</param>
/// <param name="RequestedBy">Who asked for the run.</param>
/// <param name="RequestedAt">When the run was asked for (UTC).</param>
/// <param name="StartedAt">When a worker started it; null while queued.</param>
/// <param name="FinishedAt">When it ended; null until then.</param>
/// <param name="ErrorCode">Why it failed (a stable code); null unless failed.</param>
/// <param name="Error">Why it failed, in the run's language; null unless failed.</param>
/// <param name="Proposals">
/// The proposed pairs, as <c>GET …/matching</c> answers them on the data at the time of the run (names as they are now);
/// null until the run succeeded.
/// </param>
/// <param name="Unmatched">Mentees left without a proposal, with the reason; null until the run succeeded.</param>
/// <param name="TotalScore">Sum of the scores of the proposals; null until the run succeeded.</param>
public sealed record MatchingRunDto(
    Guid Id,
    Guid ProgrammeId,
    MentoringForm? Form,
    Guid? MenteePersonId,
    JobRunStatus Status,
    MatchingRunPhase Phase,
    int Percent,
    string Language,
    string? RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? ErrorCode,
    string? Error,
    IReadOnlyList<MatchingProposalDto>? Proposals,
    IReadOnlyList<UnmatchedMenteeDto>? Unmatched,
    int? TotalScore);
