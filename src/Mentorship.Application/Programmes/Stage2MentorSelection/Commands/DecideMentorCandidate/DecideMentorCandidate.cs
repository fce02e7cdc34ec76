using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.DecideMentorCandidate;

/// <summary>The curator's decision on a candidate: accepted, rejected, or back to pending when taken by mistake.</summary>
/// <param name="Decision">Accepted, rejected, or pending to undo a decision taken by mistake.</param>
/// <param name="Comment">Why, in the curator's words; optional, up to 1000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record DecideMentorCandidateCommand(CandidateDecision? Decision, string? Comment) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CandidateId { get; init; }
}

internal sealed class DecideMentorCandidateHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<DecideMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(DecideMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var candidate = await db.CandidateToChangeAsync(request.ProgrammeId, request.CandidateId, cancellationToken);
        switch (request.Decision!.Value)
        {
            case CandidateDecision.Accepted:
                candidate.Accept(time.GetUtcNow(), request.Comment);
                break;
            case CandidateDecision.Rejected:
                candidate.Reject(time.GetUtcNow(), request.Comment);
                break;
            default:
                candidate.ResetDecision(inMentorBank: await db.Mentors.AnyAsync(m => m.CandidateId == candidate.Id, cancellationToken));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.CandidateDtoAsync(mapper, request.ProgrammeId, candidate.Id, cancellationToken);
    }
}
