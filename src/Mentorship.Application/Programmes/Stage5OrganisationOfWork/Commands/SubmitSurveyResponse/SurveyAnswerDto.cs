using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

public sealed record SurveyAnswerDto
{
    public Guid QuestionId { get; init; }

    public int? Scale { get; init; }

    public Guid? OptionId { get; init; }

    public string? Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyAnswer, SurveyAnswerDto>();
    }
}
