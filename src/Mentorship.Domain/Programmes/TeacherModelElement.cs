namespace Mentorship.Domain.Programmes;

/// <summary>
/// Element of the teacher mentoring model (seed 001) a teacher–teacher pair works in: Adaptation — адаптация (a young
/// or new teacher entering the profession or the school); Training — обучение (closing a professional deficit);
/// Support — сопровождение (continued support of the teacher's practice).
/// </summary>
public enum TeacherModelElement
{
    /// <summary>Адаптация.</summary>
    Adaptation = 1,

    /// <summary>Обучение.</summary>
    Training,

    /// <summary>Сопровождение.</summary>
    Support,
}
