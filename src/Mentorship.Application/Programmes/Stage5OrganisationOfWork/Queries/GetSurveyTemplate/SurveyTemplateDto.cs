using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

/// <summary>A questionnaire for a role at a point (initial, midpoint, final), of one form or any; shared when it has no programme.</summary>
public sealed record SurveyTemplateDto
{
    public Guid Id { get; init; }

    public Guid? ProgrammeId { get; init; }

    public required string Title { get; init; }

    public MentoringForm? Form { get; init; }

    public SurveyRole Role { get; init; }

    public ProgressPoint Point { get; init; }

    public bool IsPublished { get; init; }

    public bool IsArchived { get; init; }

    public IReadOnlyList<SurveyQuestionDto> Questions { get; init; } = [];

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyTemplate, SurveyTemplateDto>()
            .ForMember(d => d.Questions, o => o.MapFrom(s => s.Questions.OrderBy(q => q.Order)));
    }
}
