namespace Mentorship.Application.Criteria;

/// <summary>A teacher questionnaire (criteria 2 and 3) with its answers counted: anonymous, counts only.</summary>
/// <param name="Id">The questionnaire.</param>
/// <param name="OrganizationId">The organisation that runs it.</param>
/// <param name="Year">The calendar year (monitoring year) it is for.</param>
/// <param name="OpenedAt">When it was opened (UTC).</param>
/// <param name="ClosedAt">When it was closed (UTC); null while teachers may still answer.</param>
/// <param name="Respondents">How many answered (teachers' own answers and paper answers).</param>
/// <param name="DeficitConditions">Indicator 2.1: how many answered each level (available, unavailable, none).</param>
/// <param name="MaterialMotivation">Indicator 3.1: how many answered each level (effective, ineffective, none).</param>
/// <param name="NonMaterialMotivation">Indicator 3.2: how many answered each level (effective, ineffective, none).</param>
public sealed record QuestionnaireDto(
    Guid Id,
    Guid OrganizationId,
    int Year,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    int Respondents,
    IReadOnlyDictionary<string, int> DeficitConditions,
    IReadOnlyDictionary<string, int> MaterialMotivation,
    IReadOnlyDictionary<string, int> NonMaterialMotivation);
