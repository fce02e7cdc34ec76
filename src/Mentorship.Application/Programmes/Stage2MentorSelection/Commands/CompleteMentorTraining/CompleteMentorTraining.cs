using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;

/// <summary>Marks a planned training as completed.</summary>
/// <param name="CompletedAt">Date the candidate completed the training.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CompleteMentorTrainingCommand(DateOnly? CompletedAt) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid TrainingId { get; init; }
}

internal sealed class CompleteMentorTrainingHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CompleteMentorTrainingCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(CompleteMentorTrainingCommand request, CancellationToken cancellationToken)
    {
        var candidate = await db.CandidateToChangeAsync(request.ProgrammeId, request.CandidateId, cancellationToken);
        if (!candidate.CompleteTraining(request.TrainingId, request.CompletedAt!.Value))
        {
            throw new NotFoundException(nameof(MentorTraining), request.TrainingId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.CandidateDtoAsync(mapper, request.ProgrammeId, candidate.Id, cancellationToken);
    }
}
