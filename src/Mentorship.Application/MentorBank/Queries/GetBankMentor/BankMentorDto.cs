using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.MentorBank.Queries.GetBankMentor;

/// <summary>
/// An entry of the municipal bank of mentors and experts: who, of which school, the competences (the deficits they
/// help with), the capacity across schools and how much of it their active pairs of every programme take.
/// </summary>
public sealed record BankMentorDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    /// <summary>Identifier of the entry.</summary>
    public Guid Id { get; init; }

    /// <summary>The municipality whose bank it is.</summary>
    public Guid MunicipalityId { get; init; }

    /// <summary>The person (a teacher above all).</summary>
    public Guid PersonId { get; init; }

    /// <summary>Full name of the person (personal data).</summary>
    public string PersonName { get; init; } = string.Empty;

    /// <summary>Category of the person, which decides the forms they may mentor in.</summary>
    public PersonCategory PersonCategory { get; init; }

    /// <summary>The school (organisation) the person works at.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Name of that organisation.</summary>
    public string OrganizationName { get; init; } = string.Empty;

    /// <summary>Mentor (takes pairs) or expert (consults).</summary>
    public MunicipalBankRole Role { get; init; }

    /// <summary>Competences (компетенции): the deficits and topics the person helps with, as tags.</summary>
    public IReadOnlyList<string> Competences { get; init; } = [];

    /// <summary>How many mentees the person takes at a time, over every school and programme.</summary>
    public int Capacity { get; init; }

    /// <summary>Mentees in the person's active pairs and groups, in every programme.</summary>
    public int CurrentMentees { get; init; }

    /// <summary>Places left: capacity less current mentees (never below 0).</summary>
    public int FreePlaces { get; init; }

    /// <summary>The day the person agreed to help across schools.</summary>
    public DateOnly AgreedAt { get; init; }

    /// <summary>The person completed a mentor training (stage 2) or a ДПП course when registered.</summary>
    public bool Trained { get; init; }

    /// <summary>Why an untrained person entered the bank; null when trained.</summary>
    public string? TrainingExceptionReason { get; init; }

    /// <summary>An active entry may be drawn into new pairs.</summary>
    public bool IsActive { get; init; }

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }
}
