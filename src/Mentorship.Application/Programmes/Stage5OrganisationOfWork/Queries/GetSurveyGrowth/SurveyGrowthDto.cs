using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;

/// <summary>A participant's growth: the mean of their 1–10 answers at each point, and final minus initial.</summary>
/// <param name="RespondentPersonId">The participant.</param>
/// <param name="GroupId">The pair or group; null for the curator's answers.</param>
/// <param name="Role">Mentor, mentee or curator.</param>
/// <param name="Initial">Mean of the 1–10 answers at the initial point; null when not answered.</param>
/// <param name="Midpoint">Mean at the midpoint; null when not answered.</param>
/// <param name="Final">Mean at the final point; null when not answered.</param>
/// <param name="Growth">Final minus initial; null unless both were answered.</param>
public sealed record SurveyGrowthDto(Guid RespondentPersonId, Guid? GroupId, SurveyRole Role, double? Initial, double? Midpoint, double? Final, double? Growth);
