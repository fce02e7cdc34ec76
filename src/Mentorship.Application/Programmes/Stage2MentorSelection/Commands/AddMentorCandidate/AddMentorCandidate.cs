using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage1LaunchConditions;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;

/// <summary>Registers a person as a mentor candidate of the programme (stage 2 on).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorCandidateCommand(Guid? PersonId) : IRequest<MentorCandidateDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddMentorCandidateHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddMentorCandidateCommand, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(AddMentorCandidateCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorSelection);
        var personId = request.PersonId!.Value;
        await LaunchRules.EnsurePersonAsync(db, personId, cancellationToken);
        if (await db.MentorCandidates.AnyAsync(c => c.ProgrammeId == programme.Id && c.PersonId == personId, cancellationToken))
        {
            throw new ConflictException(Texts.Pick("Этот человек уже кандидат программы.", "The person is already a candidate of the programme."), "personId");
        }

        var candidate = new MentorCandidate(programme.Id, personId);
        db.MentorCandidates.Add(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMentorCandidateQuery(programme.Id, candidate.Id), cancellationToken);
    }
}
