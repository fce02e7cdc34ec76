using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorTraining;

/// <summary>Records a training of the candidate, planned or completed (обучение наставников).</summary>
/// <param name="Name">Name of the training (обучение наставников); up to 500 characters.</param>
/// <param name="Hours">Length in academic hours (1–2000).</param>
/// <param name="CompletedAt">Date it was completed; null for a training still planned.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorTrainingCommand(string? Name, int? Hours, DateOnly? CompletedAt) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

internal sealed class AddMentorTrainingHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddMentorTrainingCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(AddMentorTrainingCommand request, CancellationToken cancellationToken)
    {
        var candidate = await db.CandidateToChangeAsync(request.ProgrammeId, request.CandidateId, cancellationToken);
        candidate.AddTraining(request.Name!, request.Hours!.Value, request.CompletedAt);
        await db.SaveChangesAsync(cancellationToken);
        return await db.CandidateDtoAsync(mapper, request.ProgrammeId, candidate.Id, cancellationToken);
    }
}
