using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// Level of a contest, a conference or a publication (уровень): School — школьный (level of the organisation);
/// Municipal — муниципальный; Regional — региональный; Federal — федеральный (всероссийский).
/// </summary>
public enum ActivityLevel
{
    /// <summary>Школьный (уровень организации).</summary>
    School = 1,

    /// <summary>Муниципальный.</summary>
    Municipal,

    /// <summary>Региональный.</summary>
    Regional,

    /// <summary>Федеральный (всероссийский).</summary>
    Federal,
}

/// <summary>
/// Kind of contest (вид конкурса): ProfessionalContest — конкурс профессионального мастерства, counted for criterion 5;
/// MentorshipContest — конкурс по наставничеству such as «Лучшие практики наставничества», counted for criterion 6 and
/// the contest indicator.
/// </summary>
public enum ContestKind
{
    /// <summary>Конкурс профессионального мастерства (criterion 5).</summary>
    ProfessionalContest = 1,

    /// <summary>Конкурс по наставничеству, e.g. «Лучшие практики наставничества» (criterion 6, contest indicator).</summary>
    MentorshipContest,
}

/// <summary>
/// Kind of a presentation or publication of a mentor (диссеминация опыта, criterion 6): Conference — a talk at a
/// conference; Seminar — a talk at a seminar; Article — a published article; Other — any other form.
/// </summary>
public enum PublicationKind
{
    Conference = 1,
    Seminar,
    Article,
    Other,
}

/// <summary>A person's participation in a contest.</summary>
public class ContestParticipation : BaseEntity
{
    private ContestParticipation()
    {
        Name = null!;
    }

    /// <param name="year">The calendar year of the contest; when <paramref name="date"/> is given it must fall in it.</param>
    public ContestParticipation(Guid personId, int year, DateOnly? date, ActivityLevel level, ContestKind kind, string name, string? result)
    {
        PersonId = Check.NotEmpty(personId, "personId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        if (date is { } d && d.Year != year)
        {
            throw new DomainException(ErrorCodes.Person.ContestDateOutsideYear, "date", year);
        }

        Date = date;
        Level = Check.Defined(level, "level");
        Kind = Check.Defined(kind, "kind");
        Name = Guard.NotBlank(name, "name", TextLengths.Title);
        Result = Guard.Optional(result, "result", TextLengths.Label);
    }

    public Guid PersonId { get; private set; }

    public int Year { get; private set; }

    public DateOnly? Date { get; private set; }

    public ActivityLevel Level { get; private set; }

    public ContestKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>Participant, prize-winner, winner… as the contest words it.</summary>
    public string? Result { get; private set; }
}

/// <summary>A presentation at a conference or seminar, or a publication (dissemination, criterion 6).</summary>
public class Publication : BaseEntity
{
    private Publication()
    {
        Title = null!;
    }

    public Publication(Guid personId, PublicationKind kind, ActivityLevel level, string title, DateOnly date, string? url = null)
    {
        PersonId = Check.NotEmpty(personId, "personId");
        Kind = Check.Defined(kind, "kind");
        Level = Check.Defined(level, "level");
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Date = date;
        Url = Guard.Optional(url, "url", TextLengths.Paragraph);
    }

    public Guid PersonId { get; private set; }

    public PublicationKind Kind { get; private set; }

    public ActivityLevel Level { get; private set; }

    public string Title { get; private set; }

    public DateOnly Date { get; private set; }

    public string? Url { get; private set; }
}

/// <summary>A completed further-training course on mentorship (ДПП, дополнительная профессиональная программа).</summary>
public class Training : BaseEntity
{
    public const int MaxHours = 2000;

    private Training()
    {
        Name = null!;
    }

    public Training(Guid personId, string name, int hours, DateOnly completedAt, string? provider = null)
    {
        PersonId = Check.NotEmpty(personId, "personId");
        Name = Guard.NotBlank(name, "name", TextLengths.Title);
        Hours = Check.InRange(hours, 1, MaxHours, "hours");
        CompletedAt = completedAt;
        Provider = Guard.Optional(provider, "provider", TextLengths.Title);
    }

    public Guid PersonId { get; private set; }

    public string Name { get; private set; }

    public int Hours { get; private set; }

    public DateOnly CompletedAt { get; private set; }

    public string? Provider { get; private set; }
}
