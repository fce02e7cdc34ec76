using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

/// <summary>An option of a choice question.</summary>
public sealed record SurveyOptionDto
{
    /// <summary>Identifier of the option, sent as optionId in an answer.</summary>
    public Guid Id { get; init; }

    /// <summary>Position of the option, from 1.</summary>
    public int Order { get; init; }

    /// <summary>The option's text.</summary>
    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestionOption, SurveyOptionDto>();
    }
}
