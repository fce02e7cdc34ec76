using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>How a person helps in the municipal bank: Mentor — наставник, takes pairs; Expert — эксперт, consults.</summary>
public enum MunicipalBankRole
{
    Mentor = 1,
    Expert,
}

/// <summary>
/// An entry of a municipality's bank of mentors and experts (единая муниципальная база наставников и экспертов,
/// seed 001): a person — a teacher above all — who agreed to help teachers of any school of the municipality with the
/// deficits named by the competences. The capacity is one limit for the person across every pair of every programme.
/// Only a trained person enters, or one for whom the registrar records why not (an explicit exception).
/// </summary>
public class MunicipalMentor : AuditableEntity
{
    public const int ReasonMaxLength = TextLengths.Paragraph;

    private readonly List<MunicipalMentorCompetence> _competences = [];

    private MunicipalMentor()
    {
    }

    private MunicipalMentor(Guid municipalityId, Guid personId, Guid organizationId, MunicipalBankRole role, int capacity, DateOnly agreedAt, string? trainingExceptionReason)
    {
        MunicipalityId = Check.NotEmpty(municipalityId, "municipalityId");
        PersonId = Check.NotEmpty(personId, "personId");
        OrganizationId = organizationId;
        Role = Check.Defined(role, "role");
        Capacity = Check.InRange(capacity, 1, Mentor.MaxCapacity, "capacity");
        AgreedAt = agreedAt;
        TrainingExceptionReason = trainingExceptionReason;
        IsActive = true;
    }

    /// <summary>
    /// Registers a person of an organisation of the municipality (<paramref name="personMunicipalityId"/> is the
    /// municipality of the person's organisation). <paramref name="trained"/>: the person completed a mentor training
    /// (stage 2) or a ДПП course; otherwise <paramref name="trainingExceptionReason"/> must say why they enter anyway.
    /// </summary>
    public static MunicipalMentor Register(Guid municipalityId, Person person, Guid personMunicipalityId, MunicipalBankRole role, int capacity,
        DateOnly agreedAt, bool trained, string? trainingExceptionReason)
    {
        if (personMunicipalityId != municipalityId)
        {
            throw new DomainException(ErrorCodes.MentorBank.PersonOutsideMunicipality, "personId");
        }

        return new MunicipalMentor(municipalityId, person.Id, person.OrganizationId, role, capacity, agreedAt,
            TrainingRule.ExceptionReason(trained, trainingExceptionReason));
    }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The school (organisation) the person works at, as registered.</summary>
    public Guid OrganizationId { get; private set; }

    public MunicipalBankRole Role { get; private set; }

    /// <summary>How many mentees the person takes at a time, counted over every pair of every programme.</summary>
    public int Capacity { get; private set; }

    /// <summary>The day the person agreed to help across schools (согласие).</summary>
    public DateOnly AgreedAt { get; private set; }

    /// <summary>Why an untrained person entered the bank; null when trained.</summary>
    public string? TrainingExceptionReason { get; private set; }

    /// <summary>An inactive entry stays in the bank's history but is drawn into no new pair.</summary>
    public bool IsActive { get; private set; }

    public IReadOnlyCollection<MunicipalMentorCompetence> Competences => _competences.AsReadOnly();

    /// <summary>Replaces the competences (the deficits the person helps with) with the given tags.</summary>
    public void SetCompetences(IEnumerable<string> tags)
    {
        var wanted = Tags.NormalizeAll(tags, "competences");
        _competences.RemoveAll(c => !wanted.Contains(c.Tag));
        foreach (var tag in wanted.Where(t => !_competences.Exists(c => c.Tag == t)))
        {
            _competences.Add(new MunicipalMentorCompetence(Id, tag));
        }
    }

    public void Update(int capacity, bool isActive)
    {
        Capacity = Check.InRange(capacity, 1, Mentor.MaxCapacity, "capacity");
        IsActive = isActive;
    }

    /// <summary>
    /// The person takes <paramref name="newMentees"/> more while the entry is active and their mentees in active pairs
    /// of every programme (<paramref name="currentMentees"/>) leave room.
    /// </summary>
    public void EnsureCanTake(int currentMentees, int newMentees, string field)
    {
        if (!IsActive)
        {
            throw new DomainConflictException(ErrorCodes.MentorBank.Inactive, field);
        }

        if (currentMentees + newMentees > Capacity)
        {
            throw new DomainConflictException(ErrorCodes.MentorBank.CapacityExceeded, field, Capacity, currentMentees);
        }
    }
}

/// <summary>A competence of a municipal bank entry: a deficit or topic tag the person helps with.</summary>
public class MunicipalMentorCompetence : BaseEntity
{
    private MunicipalMentorCompetence()
    {
        Tag = null!;
    }

    internal MunicipalMentorCompetence(Guid municipalMentorId, string tag)
    {
        MunicipalMentorId = municipalMentorId;
        Tag = tag;
    }

    public Guid MunicipalMentorId { get; private set; }

    public string Tag { get; private set; }
}

/// <summary>Only trained mentors enter a bank (programme or municipal), unless an exception is recorded with its reason.</summary>
public static class TrainingRule
{
    public const string Field = "trainingExceptionReason";

    /// <summary>The reason to keep: null for a trained person; required (not blank) for one who is not.</summary>
    public static string? ExceptionReason(bool trained, string? reason)
    {
        if (trained)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.MentorBank.TrainingRequired, Field);
        }

        return Guard.NotBlank(reason, Field, MunicipalMentor.ReasonMaxLength);
    }
}
