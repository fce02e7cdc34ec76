using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.People.Queries.GetParticipations;

/// <summary>One place the person held in a pair or group (персонифицированный учёт).</summary>
/// <param name="ProgrammeId">The programme (программа наставничества) of the pair or group.</param>
/// <param name="ProgrammeTitle">Title of that programme.</param>
/// <param name="ProgrammeOrganizationId">
/// The organisation that runs the programme (not necessarily the person's own).
/// </param>
/// <param name="AcademicYear">Academic year (учебный год) the programme started in, such as "2024/2025".</param>
/// <param name="GroupId">The pair or group.</param>
/// <param name="Form">Form of mentorship (форма наставничества) of the pair or group.</param>
/// <param name="Format">Format of mentorship (формат наставничества).</param>
/// <param name="Role">The person's side: mentor (наставник) or mentee (наставляемый).</param>
/// <param name="GroupStatus">State of the pair or group: active, completed or terminated.</param>
/// <param name="JoinedAt">Date the person joined.</param>
/// <param name="LeftAt">Date the person left; null while they are in it.</param>
/// <param name="LeaveReason">
/// Why the person left, such as "consent revoked"; null while they are in it or when none was given.
/// </param>
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
