namespace Mentorship.Domain.Programmes;

/// <summary>The six stages of a mentorship programme (этапы реализации программы наставничества).</summary>
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
