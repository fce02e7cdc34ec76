using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

/// <summary>A questionnaire for a role at a point (initial, midpoint, final), of one form or any; shared when it has no programme.</summary>
public sealed record SurveyTemplateDto
{
    /// <summary>Identifier of the questionnaire.</summary>
    public Guid Id { get; init; }

    /// <summary>The programme it is for; null for a shared one.</summary>
    public Guid? ProgrammeId { get; init; }

    /// <summary>Title of the questionnaire (анкета).</summary>
    public required string Title { get; init; }

    /// <summary>The form of mentorship it is for; null for any form.</summary>
    public MentoringForm? Form { get; init; }

    /// <summary>Who answers it: mentor, mentee or curator.</summary>
    public SurveyRole Role { get; init; }

    /// <summary>The point it is taken at: initial, midpoint or final.</summary>
    public ProgressPoint Point { get; init; }

    /// <summary>Published: its questions are fixed and it can be answered; a draft otherwise.</summary>
    public bool IsPublished { get; init; }

    /// <summary>Archived: no longer offered for new answers.</summary>
    public bool IsArchived { get; init; }

    /// <summary>The questions, in order.</summary>
    public IReadOnlyList<SurveyQuestionDto> Questions { get; init; } = [];

    /// <summary>Version of the record, carried by the ETag.</summary>
    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyTemplate, SurveyTemplateDto>()
            .ForMember(d => d.Questions, o => o.MapFrom(s => s.Questions.OrderBy(q => q.Order)));
    }
}
