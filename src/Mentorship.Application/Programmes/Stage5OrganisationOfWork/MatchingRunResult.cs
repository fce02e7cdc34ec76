using System.Text.Json;
using System.Text.Json.Serialization;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// A run's result as stored on <see cref="MatchingRun.Result"/>: the synchronous query's answer without the names,
/// which are read again when the result is (so an erased person's name is not kept in a stored result).
/// </summary>
internal static class MatchingRunResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(MatchingResultDto result) => JsonSerializer.Serialize(
        new Stored(
            result.Proposals.Select(p => new StoredProposal(p.MentorId, p.MentorPersonId, p.MenteeId, p.MenteePersonId, p.Form, p.Score, p.SharedTags, p.Reasons)).ToList(),
            result.Unmatched.Select(u => new StoredUnmatched(u.MenteeId, u.PersonId, u.Tags, u.Reason)).ToList(),
            result.TotalScore),
        Json);

    /// <summary>The stored result with the names as they are now, in the stored order.</summary>
    public static async Task<MatchingResultDto> ReadAsync(IApplicationDbContext db, string json, CancellationToken cancellationToken)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Json) ?? throw new InvalidOperationException("A matching run's result is empty.");
        var personIds = stored.Proposals.SelectMany(p => new[] { p.MentorPersonId, p.MenteePersonId }).Concat(stored.Unmatched.Select(u => u.PersonId)).Distinct().ToList();
        var names = await MatchingBank.NamesAsync(db, personIds, cancellationToken);
        return new MatchingResultDto(
            stored.Proposals.Select(p => new MatchingProposalDto(p.MentorId, p.MentorPersonId, names.GetValueOrDefault(p.MentorPersonId, ""),
                p.MenteeId, p.MenteePersonId, names.GetValueOrDefault(p.MenteePersonId, ""), p.Form, p.Score, p.SharedTags, p.Reasons)).ToList(),
            stored.Unmatched.Select(u => new UnmatchedMenteeDto(u.MenteeId, u.PersonId, names.GetValueOrDefault(u.PersonId, ""), u.Tags, u.Reason)).ToList(),
            stored.TotalScore);
    }

    private sealed record Stored(IReadOnlyList<StoredProposal> Proposals, IReadOnlyList<StoredUnmatched> Unmatched, int TotalScore);

    private sealed record StoredProposal(
        Guid MentorId, Guid MentorPersonId, Guid MenteeId, Guid MenteePersonId, MentoringForm Form, int Score, IReadOnlyList<string> SharedTags, IReadOnlyList<string> Reasons);

    private sealed record StoredUnmatched(Guid MenteeId, Guid PersonId, IReadOnlyList<string> Tags, string Reason);
}
