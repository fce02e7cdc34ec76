namespace Mentorship.Domain.Programmes;

/// <summary>
/// Stage of a mentorship programme (этап реализации программы наставничества): LaunchConditions — 1, подготовка условий
/// для запуска программы; MentorSelection — 2, отбор и обучение наставников; MentorBank — 3, формирование базы
/// наставников; MenteeBank — 4, формирование базы наставляемых; OrganisationOfWork — 5, организация работы
/// наставнических пар/групп; Completion — 6, завершение программы наставничества.
/// </summary>
public enum ProgrammeStage
{
    /// <summary>Подготовка условий для запуска программы.</summary>
    LaunchConditions = 1,

    /// <summary>Отбор и обучение наставников.</summary>
    MentorSelection = 2,

    /// <summary>Формирование базы наставников.</summary>
    MentorBank = 3,

    /// <summary>Формирование базы наставляемых.</summary>
    MenteeBank = 4,

    /// <summary>Организация работы наставнических пар/групп.</summary>
    OrganisationOfWork = 5,

    /// <summary>Завершение программы наставничества.</summary>
    Completion = 6,
}
