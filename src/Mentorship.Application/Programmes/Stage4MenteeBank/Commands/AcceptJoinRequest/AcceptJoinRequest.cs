using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;
using Mentorship.Application.Public.JoinRequests;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AcceptJoinRequest;

/// <summary>
/// Accepts a join request into the mentee bank (stage 4 on): the child becomes a person of the programme's
/// organisation (or is an existing person the curator names), the legal representative's consent is recorded on
/// them, and they enter the bank with the request's text as their first request when tags are given.
/// </summary>
/// <param name="PersonId">An existing person who is the child; omitted, a pupil is created from the request.</param>
/// <param name="Tags">Topic tags of the child's request for matching, such as "математика"; optional.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AcceptJoinRequestCommand(Guid? PersonId, IReadOnlyList<string>? Tags) : IRequest<JoinRequestDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid RequestId { get; init; }
}

internal sealed class AcceptJoinRequestHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time)
    : IRequestHandler<AcceptJoinRequestCommand, JoinRequestDto>
{
    public async Task<JoinRequestDto> Handle(AcceptJoinRequestCommand request, CancellationToken cancellationToken)
    {
        var joinRequest = await db.JoinRequestAsync(request.ProgrammeId, request.RequestId, cancellationToken);
        await db.EnsurePersonVisibleAsync(request.PersonId, cancellationToken);
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var person = request.PersonId is { } personId
            ? await PersonReads.PersonAsync(db.People.Include(p => p.Consents), personId, cancellationToken)
            : new Person(programme.OrganizationId, new PersonName(joinRequest.ChildLastName, joinRequest.ChildFirstName, joinRequest.ChildMiddleName),
                PersonCategory.Pupil, joinRequest.ChildGrade, joinRequest.ChildBirthDate);
        var coSigned = joinRequest.CoSignedByChild && person.AgeOn(today) is >= Person.CoSignatureAge and < Person.AdultAge;
        person.GiveConsent(ConsentGiver.LegalRepresentative, joinRequest.RepresentativeName, JoinRequest.ConsentPurpose, joinRequest.SubmittedAt,
            $"{JoinRequest.ConsentDocumentPrefix} {joinRequest.Reference}, {joinRequest.ConsentTextVersion}", today, coSigned);

        var channel = joinRequest.RequesterKind == JoinRequesterKind.Pupil ? MenteeDataChannel.Self : MenteeDataChannel.Parents;
        var mentee = programme.EnterMentee(person.Id, channel,
            alreadyMentee: await db.Mentees.AnyAsync(m => m.ProgrammeId == programme.Id && m.PersonId == person.Id, cancellationToken));
        if (request.Tags is { Count: > 0 } tags)
        {
            mentee.AddRequest(joinRequest.Text, tags);
        }

        joinRequest.Accept(person.Id, mentee.Id, now, user.Id);
        if (request.PersonId is null)
        {
            db.People.Add(person);
        }

        db.Mentees.Add(mentee);
        return await db.SaveDecisionAsync(mapper, user, time, joinRequest, JoinRequestAudit.Accepted, cancellationToken);
    }
}
