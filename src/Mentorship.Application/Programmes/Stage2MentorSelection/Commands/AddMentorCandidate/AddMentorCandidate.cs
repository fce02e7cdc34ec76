using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;

/// <summary>Registers a person as a mentor candidate of the programme (stage 2 on).</summary>
/// <param name="PersonId">The person proposed as a mentor (кандидат в наставники).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorCandidateCommand(Guid? PersonId) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddMentorCandidateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(AddMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        var personId = request.PersonId!.Value;
        await db.EnsurePersonVisibleAsync(personId, cancellationToken);
        var candidate = programme.RegisterCandidate(personId,
            alreadyCandidate: await db.MentorCandidates.AnyAsync(c => c.ProgrammeId == programme.Id && c.PersonId == personId, cancellationToken));
        db.MentorCandidates.Add(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return await db.CandidateDtoAsync(mapper, programme.Id, candidate.Id, cancellationToken);
    }
}
