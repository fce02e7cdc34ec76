using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

/// <summary>A mentor candidate with the eight selection scores (0–5 each, null until scored), the decision and training.</summary>
public sealed record MentorCandidateDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    /// <summary>Identifier of the candidate.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The person proposed as a mentor.</summary>
    public Guid PersonId { get; init; }

    /// <summary>Full name of that person (personal data).</summary>
    public required string PersonName { get; init; }

    /// <summary>Category of the person, which decides the forms they may mentor in.</summary>
    public PersonCategory PersonCategory { get; init; }

    /// <summary>Willingness to be a mentor (желание), 0–5; null until scored.</summary>
    public int? Willingness { get; init; }

    /// <summary>Professional experience (профессиональный опыт), 0–5; null until scored.</summary>
    public int? ProfessionalExperience { get; init; }

    /// <summary>Competences and communication skills, 0–5; null until scored.</summary>
    public int? CompetencesAndCommunication { get; init; }

    /// <summary>Time available for mentoring (временной ресурс), 0–5; null until scored.</summary>
    public int? TimeResource { get; init; }

    /// <summary>Positive life and professional experience, 0–5; null until scored.</summary>
    public int? PositiveExperience { get; init; }

    /// <summary>Match to the mentees' requests, 0–5; null until scored.</summary>
    public int? MatchToRequests { get; init; }

    /// <summary>Civic position (гражданская позиция), 0–5; null until scored.</summary>
    public int? CivicPosition { get; init; }

    /// <summary>Motivation (мотивация), 0–5; null until scored.</summary>
    public int? Motivation { get; init; }

    /// <summary>Sum of the eight scores, 0–40; null until scored.</summary>
    public int? TotalScore { get; init; }

    /// <summary>The curator's decision: pending, accepted or rejected.</summary>
    public CandidateDecision Decision { get; init; }

    /// <summary>When the decision was taken (UTC); null while pending.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The curator's comment on the decision; null when none.</summary>
    public string? DecisionComment { get; init; }

    /// <summary>
    /// At least one of the candidate's trainings is completed; stage 2's gate needs an accepted candidate who has.
    /// </summary>
    public bool HasCompletedTraining { get; init; }

    /// <summary>The candidate's trainings, planned and completed.</summary>
    public IReadOnlyList<MentorTrainingDto> Trainings { get; init; } = [];

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<MentorCandidate, MentorCandidateDto>()
            .ForMember(d => d.PersonName, o => o.MapFrom(s => s.Person!.LastName + " " + s.Person.FirstName))
            .ForMember(d => d.PersonCategory, o => o.MapFrom(s => s.Person!.Category))
            .ForMember(d => d.TotalScore, o => o.MapFrom(s => s.Willingness + s.ProfessionalExperience + s.CompetencesAndCommunication + s.TimeResource
                                                             + s.PositiveExperience + s.MatchToRequests + s.CivicPosition + s.Motivation))
            .ForMember(d => d.HasCompletedTraining, o => o.MapFrom(s => s.Trainings.Any(t => t.CompletedAt != null)))
            .ForMember(d => d.Trainings, o => o.MapFrom(s => s.Trainings.OrderBy(t => t.Id)));
    }
}
