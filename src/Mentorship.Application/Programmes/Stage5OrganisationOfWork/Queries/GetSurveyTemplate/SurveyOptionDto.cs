using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

public sealed record SurveyOptionDto
{
    public Guid Id { get; init; }

    public int Order { get; init; }

    public required string Text { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestionOption, SurveyOptionDto>();
    }
}
