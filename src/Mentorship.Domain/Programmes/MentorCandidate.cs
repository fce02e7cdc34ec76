using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// The curator's decision on a mentor candidate at stage 2 (отбор наставников): Pending — not yet decided; Accepted —
/// принят; Rejected — отклонён.
/// </summary>
public enum CandidateDecision
{
    Pending = 1,
    Accepted,
    Rejected,
}

/// <summary>
/// The eight selection criteria of a mentor candidate (stage 2, отбор наставников), each scored
/// 0..<see cref="MentorCandidate.MaxScore"/>.
/// </summary>
public sealed record CandidateScores(
    int Willingness,
    int ProfessionalExperience,
    int CompetencesAndCommunication,
    int TimeResource,
    int PositiveExperience,
    int MatchToRequests,
    int CivicPosition,
    int Motivation)
{
    public int Total => Willingness + ProfessionalExperience + CompetencesAndCommunication + TimeResource
                        + PositiveExperience + MatchToRequests + CivicPosition + Motivation;

    internal void Validate()
    {
        Check.InRange(Willingness, 0, MentorCandidate.MaxScore, "scores.willingness");
        Check.InRange(ProfessionalExperience, 0, MentorCandidate.MaxScore, "scores.professionalExperience");
        Check.InRange(CompetencesAndCommunication, 0, MentorCandidate.MaxScore, "scores.competencesAndCommunication");
        Check.InRange(TimeResource, 0, MentorCandidate.MaxScore, "scores.timeResource");
        Check.InRange(PositiveExperience, 0, MentorCandidate.MaxScore, "scores.positiveExperience");
        Check.InRange(MatchToRequests, 0, MentorCandidate.MaxScore, "scores.matchToRequests");
        Check.InRange(CivicPosition, 0, MentorCandidate.MaxScore, "scores.civicPosition");
        Check.InRange(Motivation, 0, MentorCandidate.MaxScore, "scores.motivation");
    }
}

/// <summary>A mentor candidate of a programme: scores, the curator's decision and the training completed.</summary>
public class MentorCandidate : AuditableEntity
{
    public const int MaxScore = 5;
    public const int CommentMaxLength = TextLengths.Paragraph;

    private readonly List<MentorTraining> _trainings = [];

    private MentorCandidate()
    {
    }

    public MentorCandidate(Guid programmeId, Guid personId)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        PersonId = Check.NotEmpty(personId, "personId");
        Decision = CandidateDecision.Pending;
    }

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    /// <summary>Готовность (желание) быть наставником.</summary>
    public int? Willingness { get; private set; }

    /// <summary>Профессиональный опыт.</summary>
    public int? ProfessionalExperience { get; private set; }

    /// <summary>Компетенции и коммуникативные навыки.</summary>
    public int? CompetencesAndCommunication { get; private set; }

    /// <summary>Ресурс времени.</summary>
    public int? TimeResource { get; private set; }

    /// <summary>Позитивный жизненный и профессиональный опыт.</summary>
    public int? PositiveExperience { get; private set; }

    /// <summary>Соответствие запросам наставляемых.</summary>
    public int? MatchToRequests { get; private set; }

    /// <summary>Гражданская позиция.</summary>
    public int? CivicPosition { get; private set; }

    /// <summary>Мотивация.</summary>
    public int? Motivation { get; private set; }

    public bool IsScored => Willingness is not null;

    public int? TotalScore => IsScored
        ? Willingness + ProfessionalExperience + CompetencesAndCommunication + TimeResource
          + PositiveExperience + MatchToRequests + CivicPosition + Motivation
        : null;

    public CandidateDecision Decision { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionComment { get; private set; }

    public IReadOnlyCollection<MentorTraining> Trainings => _trainings.AsReadOnly();

    /// <summary>Stage 2's gate asks for an accepted candidate who completed training.</summary>
    public bool HasCompletedTraining => _trainings.Exists(t => t.CompletedAt is not null);

    public void Score(CandidateScores scores)
    {
        EnsurePending();
        scores.Validate();
        Willingness = scores.Willingness;
        ProfessionalExperience = scores.ProfessionalExperience;
        CompetencesAndCommunication = scores.CompetencesAndCommunication;
        TimeResource = scores.TimeResource;
        PositiveExperience = scores.PositiveExperience;
        MatchToRequests = scores.MatchToRequests;
        CivicPosition = scores.CivicPosition;
        Motivation = scores.Motivation;
    }

    /// <summary>Accepts the candidate into the mentors; a candidate is scored before being accepted.</summary>
    public void Accept(DateTimeOffset at, string? comment)
    {
        EnsurePending();
        if (!IsScored)
        {
            throw new DomainConflictException(ErrorCodes.Candidate.NotScored, "decision");
        }

        Decide(CandidateDecision.Accepted, at, comment);
    }

    public void Reject(DateTimeOffset at, string? comment)
    {
        EnsurePending();
        Decide(CandidateDecision.Rejected, at, comment);
    }

    /// <summary>Reopens a decision taken by mistake, unless the candidate has already entered the mentor bank.</summary>
    public void ResetDecision(bool inMentorBank)
    {
        if (inMentorBank)
        {
            throw new DomainConflictException(ErrorCodes.Candidate.InMentorBank, "decision");
        }

        Decision = CandidateDecision.Pending;
        DecidedAt = null;
        DecisionComment = null;
    }

    public MentorTraining AddTraining(string name, int hours, DateOnly? completedAt)
    {
        var training = new MentorTraining(Id, name, hours, completedAt);
        _trainings.Add(training);
        return training;
    }

    /// <summary>Completes a planned training; false when the candidate has no such training.</summary>
    public bool CompleteTraining(Guid trainingId, DateOnly completedAt)
    {
        var training = _trainings.Find(t => t.Id == trainingId);
        training?.Complete(completedAt);
        return training is not null;
    }

    public void RemoveTraining(Guid trainingId) => _trainings.RemoveAll(t => t.Id == trainingId);

    private void Decide(CandidateDecision decision, DateTimeOffset at, string? comment)
    {
        Decision = decision;
        DecidedAt = at;
        DecisionComment = Guard.Optional(comment, "comment", CommentMaxLength);
    }

    private void EnsurePending()
    {
        if (Decision != CandidateDecision.Pending)
        {
            throw new DomainConflictException(ErrorCodes.Candidate.DecisionTaken, "decision");
        }
    }
}

/// <summary>Training of a mentor candidate (обучение наставников), planned or completed.</summary>
public class MentorTraining : BaseEntity
{
    private MentorTraining()
    {
        Name = null!;
    }

    internal MentorTraining(Guid candidateId, string name, int hours, DateOnly? completedAt)
    {
        CandidateId = candidateId;
        Name = Guard.NotBlank(name, "name", TextLengths.Title);
        Hours = Check.InRange(hours, 1, Training.MaxHours, "hours");
        CompletedAt = completedAt;
    }

    public Guid CandidateId { get; private set; }

    public string Name { get; private set; }

    public int Hours { get; private set; }

    public DateOnly? CompletedAt { get; private set; }

    internal void Complete(DateOnly completedAt)
    {
        if (CompletedAt is not null)
        {
            throw new DomainException(ErrorCodes.Candidate.TrainingCompleted, "completedAt");
        }

        CompletedAt = completedAt;
    }
}
