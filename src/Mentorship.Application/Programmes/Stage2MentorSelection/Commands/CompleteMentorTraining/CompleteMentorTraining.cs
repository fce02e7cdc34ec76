using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;

/// <summary>Marks a planned training as completed.</summary>
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

internal sealed class CompleteMentorTrainingHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<CompleteMentorTrainingCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(CompleteMentorTrainingCommand request, CancellationToken cancellationToken)
    {
        var candidate = await CandidateRules.LoadAsync(db, request.ProgrammeId, request.CandidateId, cancellationToken);
        if (candidate.Trainings.All(t => t.Id != request.TrainingId))
        {
            throw new NotFoundException(nameof(MentorTraining), request.TrainingId);
        }

        candidate.CompleteTraining(request.TrainingId, request.CompletedAt!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(request.ProgrammeId, candidate.Id), cancellationToken);
    }
}
