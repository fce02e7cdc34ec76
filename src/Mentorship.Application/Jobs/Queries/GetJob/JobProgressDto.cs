using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>How far a matching run got: its phase, a percentage, and what it has counted so far.</summary>
/// <param name="Phase">Queued, Loading (the banks), Solving (candidates and the assignment, form by form), Storing, Done.</param>
/// <param name="Percent">Done share of the work, 0–100: loading to 10, solving to 90 in equal steps per form, storing to 100.</param>
/// <param name="Mentors">Mentors with a free place and an active consent; 0 until loaded.</param>
/// <param name="Mentees">Mentees waiting for a pair; 0 until loaded.</param>
/// <param name="Forms">Forms of mentorship to match; 0 until loaded.</param>
/// <param name="FormsDone">Forms solved so far.</param>
/// <param name="Proposals">Proposed pairs; 0 until the run succeeded.</param>
/// <param name="Unmatched">Mentees left without a proposal; 0 until the run succeeded.</param>
public sealed record JobProgressDto(MatchingRunPhase Phase, int Percent, int Mentors, int Mentees, int Forms, int FormsDone, int Proposals, int Unmatched);
