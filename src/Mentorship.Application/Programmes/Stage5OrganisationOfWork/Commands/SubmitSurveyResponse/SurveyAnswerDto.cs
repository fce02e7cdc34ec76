using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

/// <summary>An answer to one question of a questionnaire.</summary>
public sealed record SurveyAnswerDto
{
    /// <summary>The question answered.</summary>
    public Guid QuestionId { get; init; }

    /// <summary>Score 1–10; null unless a scale question.</summary>
    public int? Scale { get; init; }

    /// <summary>The option chosen; null unless a choice question.</summary>
    public Guid? OptionId { get; init; }

    /// <summary>Free text; null unless an open question.</summary>
    public string? Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyAnswer, SurveyAnswerDto>();
    }
}
