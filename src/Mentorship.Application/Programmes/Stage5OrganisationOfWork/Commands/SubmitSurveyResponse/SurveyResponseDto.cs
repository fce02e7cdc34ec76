using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

/// <summary>A person's answers to a questionnaire (анкетирование).</summary>
public sealed record SurveyResponseDto
{
    /// <summary>Identifier of the response.</summary>
    public Guid Id { get; init; }

    /// <summary>The questionnaire answered.</summary>
    public Guid TemplateId { get; init; }

    /// <summary>The programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The pair or group; null for the curator's questionnaire.</summary>
    public Guid? GroupId { get; init; }

    /// <summary>Who answered.</summary>
    public Guid RespondentPersonId { get; init; }

    /// <summary>When the answers were submitted (UTC); null while not submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The answers, one per question answered.</summary>
    public IReadOnlyList<SurveyAnswerDto> Answers { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SurveyResponse, SurveyResponseDto>();
    }
}
