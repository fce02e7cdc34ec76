namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;

/// <summary>Meeting totals of a pair/group; hours are minutes / 60 rounded to two decimals.</summary>
/// <param name="GroupId">The pair or group.</param>
/// <param name="Meetings">Number of meetings logged.</param>
/// <param name="Minutes">Their total length in minutes.</param>
/// <param name="Hours">The same in hours, minutes / 60 rounded to two decimals.</param>
public sealed record MeetingHoursDto(Guid GroupId, int Meetings, int Minutes, decimal Hours);
