using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;

/// <summary>
/// A request to join the programme from the open information resource, as the curator's inbox shows it: the child,
/// the requester's contact and the consent given (personal data: every response that shows it is in the audit log).
/// </summary>
public sealed record JoinRequestDto
{
    /// <summary>Identifier of the request.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The reference the requester was given.</summary>
    public required string Reference { get; init; }

    /// <summary>Pending, Accepted or Declined.</summary>
    public JoinRequestStatus Status { get; init; }

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The child's last name (personal data).</summary>
    public required string ChildLastName { get; init; }

    /// <summary>The child's first name.</summary>
    public required string ChildFirstName { get; init; }

    /// <summary>The child's middle name; null when none.</summary>
    public string? ChildMiddleName { get; init; }

    /// <summary>The child's birth date; null when not given.</summary>
    public DateOnly? ChildBirthDate { get; init; }

    /// <summary>The child's grade (класс); null when not given.</summary>
    public int? ChildGrade { get; init; }

    /// <summary>Parent (or another legal representative) or Pupil.</summary>
    public JoinRequesterKind RequesterKind { get; init; }

    /// <summary>The requester's name.</summary>
    public required string RequesterName { get; init; }

    /// <summary>The requester's e-mail; null when not given.</summary>
    public string? RequesterEmail { get; init; }

    /// <summary>The requester's phone; null when not given.</summary>
    public string? RequesterPhone { get; init; }

    /// <summary>The form of mentorship of interest; null when not said.</summary>
    public MentoringForm? Form { get; init; }

    /// <summary>The request in the requester's words.</summary>
    public string? Text { get; init; }

    /// <summary>The legal representative who gave the consent.</summary>
    public required string RepresentativeName { get; init; }

    /// <summary>The version of the consent text agreed to.</summary>
    public required string ConsentTextVersion { get; init; }

    /// <summary>When it was accepted or declined; null while pending.</summary>
    public DateTimeOffset? HandledAt { get; init; }

    /// <summary>Why it was declined.</summary>
    public string? DeclineReason { get; init; }

    /// <summary>The person the child is, once accepted.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>The mentee-bank entry, once accepted.</summary>
    public Guid? MenteeId { get; init; }

    /// <summary>Version of the record.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<JoinRequest, JoinRequestDto>();
    }
}
