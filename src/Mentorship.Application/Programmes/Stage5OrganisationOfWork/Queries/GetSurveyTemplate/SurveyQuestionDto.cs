using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

public sealed record SurveyQuestionDto
{
    public Guid Id { get; init; }

    public int Order { get; init; }

    public SurveyQuestionKind Kind { get; init; }

    public required string Text { get; init; }

    public bool IsRequired { get; init; }

    public IReadOnlyList<SurveyOptionDto> Options { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyQuestion, SurveyQuestionDto>()
            .ForMember(d => d.Options, o => o.MapFrom(s => s.Options.OrderBy(x => x.Order)));
    }
}
