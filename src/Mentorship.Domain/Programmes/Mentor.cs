using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Where a mentor of the mentor bank (база наставников) comes from (источник): Pupil — обучающиеся, мотивированные
/// помочь сверстникам; Teacher — педагог; Parent — родитель; CouncilMember — член управляющего (попечительского)
/// совета; Employer — работодатель; Student — студент; Volunteer — представитель НКО, волонтёр; Graduate — выпускник;
/// Other — anyone else.
/// </summary>
public enum MentorSource
{
    /// <summary>Обучающиеся, мотивированные помочь сверстникам.</summary>
    Pupil = 1,

    Teacher,

    Parent,

    /// <summary>Член управляющего (попечительского) совета.</summary>
    CouncilMember,

    Employer,

    Student,

    /// <summary>Представитель НКО, волонтёр.</summary>
    Volunteer,

    /// <summary>Выпускник.</summary>
    Graduate,

    Other,
}

/// <summary>An entry of the programme's mentor bank (банк наставников, stage 3).</summary>
public class Mentor : AuditableEntity
{
    public const int MaxCapacity = 50;

    private readonly List<MentorCompetence> _competences = [];

    private Mentor()
    {
    }

    public Mentor(Guid programmeId, Guid personId, int capacity, MentorSource source, Guid? candidateId = null)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        PersonId = Check.NotEmpty(personId, "personId");
        Capacity = Check.InRange(capacity, 1, MaxCapacity, "capacity");
        Source = Check.Defined(source, "source");
        CandidateId = candidateId;
        IsActive = true;
    }

    /// <summary>
    /// The bank takes accepted candidates only (stage 2 selects them), and only trained ones — unless the curator records
    /// why an untrained candidate enters (<paramref name="trainingExceptionReason"/>).
    /// </summary>
    public static Mentor FromCandidate(MentorCandidate candidate, int capacity, MentorSource source, string? trainingExceptionReason = null)
    {
        if (candidate.Decision != CandidateDecision.Accepted)
        {
            throw new DomainConflictException(ErrorCodes.Candidate.NotAccepted, "candidateId");
        }

        var reason = TrainingRule.ExceptionReason(candidate.HasCompletedTraining, trainingExceptionReason);
        return new Mentor(candidate.ProgrammeId, candidate.PersonId, capacity, source, candidate.Id) { TrainingExceptionReason = reason };
    }

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    /// <summary>The candidate record that led here, when the mentor went through selection in this system.</summary>
    public Guid? CandidateId { get; private set; }

    /// <summary>How many mentees the mentor can take at a time.</summary>
    public int Capacity { get; private set; }

    public MentorSource Source { get; private set; }

    /// <summary>Why the curator let an untrained candidate into the bank; null when trained (or entered otherwise).</summary>
    public string? TrainingExceptionReason { get; private set; }

    /// <summary>An inactive mentor stays in the bank's history but is offered no new mentees.</summary>
    public bool IsActive { get; private set; }

    public IReadOnlyCollection<MentorCompetence> Competences => _competences.AsReadOnly();

    public void Update(int capacity, MentorSource source)
    {
        Capacity = Check.InRange(capacity, 1, MaxCapacity, "capacity");
        Source = Check.Defined(source, "source");
    }

    /// <summary>Replaces the competences with the given tags (normalised, without duplicates).</summary>
    public void SetCompetences(IEnumerable<string> tags)
    {
        var wanted = Tags.NormalizeAll(tags, "competences");
        _competences.RemoveAll(c => !wanted.Contains(c.Tag));
        foreach (var tag in wanted.Where(t => !_competences.Exists(c => c.Tag == t)))
        {
            _competences.Add(new MentorCompetence(Id, tag));
        }
    }

    /// <summary>
    /// A mentor takes new mentees only while active and within capacity: <paramref name="currentMentees"/> are the
    /// mentees already in the mentor's active pairs and groups of the programme.
    /// </summary>
    public void EnsureCanTake(int currentMentees, int newMentees, string field = "personId")
    {
        if (!IsActive)
        {
            throw new DomainConflictException(ErrorCodes.Mentor.Inactive, field);
        }

        if (currentMentees + newMentees > Capacity)
        {
            throw new DomainConflictException(ErrorCodes.Mentor.CapacityExceeded, field, Capacity, currentMentees);
        }
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}

/// <summary>A competence of a mentor, as a tag that matching compares with mentees' request tags.</summary>
public class MentorCompetence : BaseEntity
{
    private MentorCompetence()
    {
        Tag = null!;
    }

    internal MentorCompetence(Guid mentorId, string tag)
    {
        MentorId = mentorId;
        Tag = tag;
    }

    public Guid MentorId { get; private set; }

    public string Tag { get; private set; }
}
