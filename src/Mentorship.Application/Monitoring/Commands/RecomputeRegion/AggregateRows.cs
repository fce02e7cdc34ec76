using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

public sealed record OrganizationRow(Guid Id, Guid MunicipalityId, OrganizationKind Kind, bool IsRural, bool IsHardToReach, bool IsArchived, DateTimeOffset? ArchivedAt);

public sealed record HeadCountRow(Guid OrganizationId, Guid Id, int PupilsTotal, int PupilsInAgeBand, int AdditionalEducationPupils, int TeachersUnder35, int YoungSpecialists, int AdditionalEducationPupilsMentored = 0);

public sealed record OrganizationCount(Guid OrganizationId, int Count);

/// <summary>An organisation's distinct participants in a role; of its mentees, those each coverage indicator counts.</summary>
public sealed record RoleCounts(Guid OrganizationId, GroupRole Role, int Count, int PupilsInBand, int PupilsNotPlaced, int YoungTeachers, int AdditionalEducationPupils);

public sealed record RoleFormCount(Guid OrganizationId, GroupRole Role, MentoringForm Form, int Count);

public sealed record RoleFormatCount(Guid OrganizationId, GroupRole Role, MentoringFormat Format, int Count);

public sealed record GroupCount(Guid OrganizationId, MentoringForm Form, MentoringFormat Format, int Count);

public sealed record LevelCount(Guid OrganizationId, ActivityLevel Level, int Count);

public sealed record EmploymentCounts(Guid OrganizationId, int Cohort, int Retained, int Teachers, int TeachersUnder3Years);
