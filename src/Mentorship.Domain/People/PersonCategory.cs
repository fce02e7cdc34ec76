namespace Mentorship.Domain.People;

public enum PersonCategory
{
    /// <summary>Обучающийся (школьник).</summary>
    Pupil = 1,

    /// <summary>Студент (СПО, вуз).</summary>
    Student,

    /// <summary>Педагог.</summary>
    Teacher,

    /// <summary>Представитель работодателя.</summary>
    EmployerRepresentative,

    /// <summary>Родитель (законный представитель).</summary>
    Parent,

    /// <summary>Представитель НКО, волонтёр.</summary>
    NgoVolunteer,

    Other,
}
