using Mentorship.Domain.Reporting;

namespace Mentorship.Application.Reporting.Queries.GetReportingResponse;

/// <summary>An organisation's answer to a reporting request: where it stands and the sections filled so far.</summary>
public sealed record ReportingResponseDto
{
    /// <summary>The answer.</summary>
    public Guid Id { get; init; }

    /// <summary>The reporting request it answers.</summary>
    public Guid RequestId { get; init; }

    /// <summary>The organisation that answers.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>The organisation's name.</summary>
    public string OrganizationName { get; init; } = string.Empty;

    /// <summary>Where the answer stands.</summary>
    public ReportingResponseStatus Status { get; init; }

    /// <summary>Not submitted by the deadline (stays set after a late submission).</summary>
    public bool IsOverdue { get; init; }

    /// <summary>When it was last submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>How many times it was submitted (2 after one return and a resubmission).</summary>
    public int Submissions { get; init; }

    /// <summary>When the coordinator last returned it.</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>The coordinator's comment when returning it.</summary>
    public string? ReturnComment { get; init; }

    /// <summary>When the coordinator accepted it.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>Head-counts (контингент); null until filled.</summary>
    public ReportedHeadCounts? HeadCounts { get; init; }

    /// <summary>Additional-education enrolment; null until filled.</summary>
    public ReportedAdditionalEducation? AdditionalEducation { get; init; }

    /// <summary>Criterion 4's inputs; null until filled.</summary>
    public ReportedRetention? Retention { get; init; }

    /// <summary>Criterion 5's inputs; null until filled.</summary>
    public ReportedContests? Contests { get; init; }

    /// <summary>Criterion 6's inputs; null until filled.</summary>
    public ReportedDissemination? Dissemination { get; init; }

    /// <summary>Criterion 7's inputs; null until filled.</summary>
    public ReportedLearningDynamics? LearningDynamics { get; init; }

    /// <summary>The version (the ETag's value).</summary>
    public long Version { get; init; }
}
