using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

public sealed record SurveyResponseDto
{
    public Guid Id { get; init; }

    public Guid TemplateId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? GroupId { get; init; }

    public Guid RespondentPersonId { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public IReadOnlyList<SurveyAnswerDto> Answers { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyResponse, SurveyResponseDto>();
    }
}
