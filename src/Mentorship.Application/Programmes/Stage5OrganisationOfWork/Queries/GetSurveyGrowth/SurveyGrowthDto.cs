using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;

/// <summary>A participant's growth: the mean of their 1–10 answers at each point, and final minus initial.</summary>
public sealed record SurveyGrowthDto(Guid RespondentPersonId, Guid? GroupId, SurveyRole Role, double? Initial, double? Midpoint, double? Final, double? Growth);
