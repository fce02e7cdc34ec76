using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

/// <summary>A question of a questionnaire.</summary>
public sealed record SurveyQuestionDto
{
    /// <summary>Identifier of the question, sent as questionId in an answer.</summary>
    public Guid Id { get; init; }

    /// <summary>Position of the question, from 1.</summary>
    public int Order { get; init; }

    /// <summary>Score 1–10, choice of one option, or free text.</summary>
    public SurveyQuestionKind Kind { get; init; }

    /// <summary>The question.</summary>
    public required string Text { get; init; }

    /// <summary>An answer is required.</summary>
    public bool IsRequired { get; init; }

    /// <summary>Options of a choice question; empty for other kinds.</summary>
    public IReadOnlyList<SurveyOptionDto> Options { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestion, SurveyQuestionDto>()
            .ForMember(d => d.Options, o => o.MapFrom(s => s.Options.OrderBy(x => x.Order)));
    }
}
