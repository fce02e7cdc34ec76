namespace Mentorship.Domain.People;

/// <summary>
/// Category of a person (категория участника), which the form of mentorship checks for each side of a pair: Pupil —
/// обучающийся (школьник), with a grade; Student — студент (СПО, вуз); Teacher — педагог; EmployerRepresentative —
/// представитель работодателя; Parent — родитель (законный представитель); NgoVolunteer — представитель НКО, волонтёр;
/// Other — anyone else; Alumni — выпускник.
/// </summary>
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

    /// <summary>Выпускник образовательной организации (seed 000 lists alumni communities among mentors).</summary>
    Alumni,
}
