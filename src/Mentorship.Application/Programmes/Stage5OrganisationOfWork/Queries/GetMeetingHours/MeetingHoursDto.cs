namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;

/// <summary>Meeting totals of a pair/group; hours are minutes / 60 rounded to two decimals.</summary>
public sealed record MeetingHoursDto(Guid GroupId, int Meetings, int Minutes, decimal Hours);
