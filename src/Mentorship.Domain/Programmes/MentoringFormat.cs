namespace Mentorship.Domain.Programmes;

/// <summary>Формат наставничества.</summary>
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
