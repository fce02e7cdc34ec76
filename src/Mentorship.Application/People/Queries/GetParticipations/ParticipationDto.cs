using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.People.Queries.GetParticipations;

/// <summary>One place the person held in a pair or group (персонифицированный учёт).</summary>
public sealed record ParticipationDto(
    Guid ProgrammeId,
    string ProgrammeTitle,
    Guid ProgrammeOrganizationId,
    AcademicYear AcademicYear,
    Guid GroupId,
    MentoringForm Form,
    MentoringFormat Format,
    GroupRole Role,
    GroupStatus GroupStatus,
    DateOnly JoinedAt,
    DateOnly? LeftAt,
    string? LeaveReason);
