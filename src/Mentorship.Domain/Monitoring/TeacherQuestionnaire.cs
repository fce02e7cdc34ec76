using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// The teacher questionnaire (анкетирование педагогических работников) of criteria 2 and 3, run by an organisation for
/// a calendar year: one per organisation and year. Teachers answer while it is open; closing it ends the answering.
/// </summary>
public class TeacherQuestionnaire : BaseEntity
{
    private TeacherQuestionnaire()
    {
    }

    public TeacherQuestionnaire(Guid organizationId, int year, DateTimeOffset openedAt)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        OpenedAt = openedAt;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public void Close(DateTimeOffset closedAt)
    {
        EnsureOpen();
        ClosedAt = closedAt;
    }

    /// <summary>Answers are taken, and the questionnaire closed, only while it is open: else a conflict.</summary>
    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainConflictException(ErrorCodes.Criteria.QuestionnaireClosed, "questionnaireId", Year);
        }
    }
}

/// <summary>
/// One teacher's answer to the questionnaire: the levels of indicators 2.1, 3.1 and 3.2, any of them left out when not
/// answered. A teacher's own answer carries their person (one per teacher, replaced when they answer again); a paper
/// answer entered by the curator carries none. Reads give counts only.
/// </summary>
public class QuestionnaireAnswer : BaseEntity
{
    private QuestionnaireAnswer()
    {
    }

    public QuestionnaireAnswer(Guid questionnaireId, Guid? personId, CriterionLevel? deficitConditions, CriterionLevel? materialMotivation,
        CriterionLevel? nonMaterialMotivation, DateTimeOffset answeredAt)
    {
        QuestionnaireId = Check.NotEmpty(questionnaireId, "questionnaireId");
        PersonId = personId;
        Replace(deficitConditions, materialMotivation, nonMaterialMotivation, answeredAt);
    }

    public Guid QuestionnaireId { get; private set; }

    /// <summary>The teacher who answered with their own token; null for a paper answer.</summary>
    public Guid? PersonId { get; private set; }

    public CriterionLevel? DeficitConditions { get; private set; }

    public CriterionLevel? MaterialMotivation { get; private set; }

    public CriterionLevel? NonMaterialMotivation { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public void Replace(CriterionLevel? deficitConditions, CriterionLevel? materialMotivation, CriterionLevel? nonMaterialMotivation, DateTimeOffset answeredAt)
    {
        if (deficitConditions is null && materialMotivation is null && nonMaterialMotivation is null)
        {
            throw new DomainException(ErrorCodes.Monitoring.CriterionNotAnswered, "deficitConditions");
        }

        DeficitConditions = InScale(CriterionIndicator.DeficitConditions, deficitConditions, "deficitConditions");
        MaterialMotivation = InScale(CriterionIndicator.MaterialMotivation, materialMotivation, "materialMotivation");
        NonMaterialMotivation = InScale(CriterionIndicator.NonMaterialMotivation, nonMaterialMotivation, "nonMaterialMotivation");
        AnsweredAt = answeredAt;
    }

    private static CriterionLevel? InScale(CriterionIndicator indicator, CriterionLevel? level, string field) =>
        level is not { } value || (value != CriterionLevel.NoData && CriterionIndicators.Allows(indicator, value))
            ? level
            : throw new DomainException(ErrorCodes.Monitoring.LevelNotInScale, field, value, indicator.Code());
}
