namespace Mentorship.Domain.Programmes;

/// <summary>
/// Format of mentorship (формат наставничества): OneToOne — традиционное, one to one; Group — групповое («круги
/// наставничества»); Flash — флеш-наставничество; Network — сетевое; Reverse — реверсивное, the younger mentors the
/// older; Virtual — виртуальное (дистанционное).
/// </summary>
public enum MentoringFormat
{
    /// <summary>Традиционное (один на один).</summary>
    OneToOne = 1,

    /// <summary>Групповое («круги наставничества»).</summary>
    Group,

    /// <summary>Флеш-наставничество.</summary>
    Flash,

    /// <summary>Сетевое.</summary>
    Network,

    /// <summary>Реверсивное: младший наставляет старшего.</summary>
    Reverse,

    /// <summary>Виртуальное (дистанционное).</summary>
    Virtual,
}
