namespace Mentorship.Domain.Monitoring;

/// <summary>
/// One of the seven yearly efficiency criteria of an organisation (критерии эффективности): ProgrammeExists — 1,
/// наличие программы наставничества; DeficitConditions — 2, условия для устранения дефицитов педагогов;
/// MotivationSystem — 3, система мотивации (материальной и нематериальной); YoungTeacherRetention — 4, закрепление
/// молодых специалистов; YoungSpecialistContests — 5, участие молодых специалистов в профессиональных конкурсах;
/// DisseminationAndTraining — 6, диссеминация опыта и непрерывное обучение; LearningDynamics — 7, динамика
/// образовательных результатов в классах наставляемых.
/// </summary>
public enum EfficiencyCriterion
{
    /// <summary>Наличие программы наставничества.</summary>
    ProgrammeExists = 1,

    /// <summary>Условия для устранения дефицитов педагогов.</summary>
    DeficitConditions = 2,

    /// <summary>Система мотивации (материальной и нематериальной).</summary>
    MotivationSystem = 3,

    /// <summary>Закрепление молодых специалистов.</summary>
    YoungTeacherRetention = 4,

    /// <summary>Участие молодых специалистов в профессиональных конкурсах.</summary>
    YoungSpecialistContests = 5,

    /// <summary>Диссеминация опыта и непрерывное обучение.</summary>
    DisseminationAndTraining = 6,

    /// <summary>Динамика образовательных результатов в классах наставляемых.</summary>
    LearningDynamics = 7,
}
