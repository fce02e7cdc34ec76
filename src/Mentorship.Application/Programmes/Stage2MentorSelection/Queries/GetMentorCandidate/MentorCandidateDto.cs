using AutoMapper;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

/// <summary>A mentor candidate with the eight selection scores (0–5 each, null until scored), the decision and training.</summary>
public sealed record MentorCandidateDto : Auditing.IShowsPersonalData
{
    IEnumerable<Guid> Auditing.IShowsPersonalData.DataSubjects => [PersonId];

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public PersonCategory PersonCategory { get; init; }

    public int? Willingness { get; init; }

    public int? ProfessionalExperience { get; init; }

    public int? CompetencesAndCommunication { get; init; }

    public int? TimeResource { get; init; }

    public int? PositiveExperience { get; init; }

    public int? MatchToRequests { get; init; }

    public int? CivicPosition { get; init; }

    public int? Motivation { get; init; }

    public int? TotalScore { get; init; }

    public CandidateDecision Decision { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecisionComment { get; init; }

    public bool HasCompletedTraining { get; init; }

    public IReadOnlyList<MentorTrainingDto> Trainings { get; init; } = [];

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
