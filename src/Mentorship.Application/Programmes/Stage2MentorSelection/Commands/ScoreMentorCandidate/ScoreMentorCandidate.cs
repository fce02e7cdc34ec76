using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.ScoreMentorCandidate;

/// <summary>Scores a candidate on the eight selection criteria, each 0–5.</summary>
/// <param name="Willingness">Willingness to be a mentor (желание быть наставником), 0–5.</param>
/// <param name="ProfessionalExperience">Professional experience (профессиональный опыт), 0–5.</param>
/// <param name="CompetencesAndCommunication">
/// Competences and communication skills (компетенции и коммуникативные навыки), 0–5.
/// </param>
/// <param name="TimeResource">Time available for mentoring (временной ресурс), 0–5.</param>
/// <param name="PositiveExperience">
/// Positive life and professional experience (позитивный жизненный и профессиональный опыт), 0–5.
/// </param>
/// <param name="MatchToRequests">Match to the mentees' requests (соответствие запросам наставляемых), 0–5.</param>
/// <param name="CivicPosition">Civic position (гражданская позиция), 0–5.</param>
/// <param name="Motivation">Motivation (мотивация), 0–5.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ScoreMentorCandidateCommand(
    int? Willingness,
    int? ProfessionalExperience,
    int? CompetencesAndCommunication,
    int? TimeResource,
    int? PositiveExperience,
    int? MatchToRequests,
    int? CivicPosition,
    int? Motivation) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

internal sealed class ScoreMentorCandidateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ScoreMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(ScoreMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var candidate = await db.CandidateToChangeAsync(request.ProgrammeId, request.CandidateId, cancellationToken);
        candidate.Score(new CandidateScores(request.Willingness!.Value, request.ProfessionalExperience!.Value, request.CompetencesAndCommunication!.Value,
            request.TimeResource!.Value, request.PositiveExperience!.Value, request.MatchToRequests!.Value, request.CivicPosition!.Value, request.Motivation!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return await db.CandidateDtoAsync(mapper, request.ProgrammeId, candidate.Id, cancellationToken);
    }
}
