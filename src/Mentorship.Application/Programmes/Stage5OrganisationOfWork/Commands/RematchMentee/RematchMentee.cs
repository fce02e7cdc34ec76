using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;

/// <summary>
/// Re-matches a mentee of the pair/group with another mentor: the mentee leaves (a pair ends, terminated with the
/// reason) and a new pair of the same form and format is confirmed, with every check of a confirmation.
/// </summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RematchMenteeCommand(Guid? MenteePersonId, Guid? MentorPersonId, string? Reason, DateOnly? On) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class RematchMenteeHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<RematchMenteeCommand, GroupDto>
{
    public async Task<GroupDto> Handle(RematchMenteeCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var programme = await db.ProgrammeWithConditionsAsync(group.ProgrammeId, cancellationToken);
        var menteeId = request.MenteePersonId!.Value;
        var mentorId = request.MentorPersonId!.Value;
        if (!group.IsActiveMember(menteeId, GroupRole.Mentee))
        {
            throw new ValidationException("menteePersonId", Texts.Pick("Этот человек не наставляемый этой пары или группы.", "The person is not a mentee of this pair or group."));
        }

        if (group.IsActiveMember(mentorId, GroupRole.Mentor))
        {
            throw new ValidationException("mentorPersonId", Texts.Pick("Выберите другого наставника.", "Choose another mentor."));
        }

        var on = request.On ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (group.ActiveMembers.Count(m => m.Role == GroupRole.Mentee) > 1)
        {
            group.RemoveMember(menteeId, on, request.Reason!);
        }
        else
        {
            group.Terminate(on, request.Reason!);
        }

        var format = group.Format == MentoringFormat.Group ? MentoringFormat.OneToOne : group.Format;
        var pair = await GroupRules.ConfirmAsync(db, programme, group.Form, format, null, on,
            [(mentorId, GroupRole.Mentor), (menteeId, GroupRole.Mentee)], time.GetUtcNow(), i => i == 0 ? "mentorPersonId" : "menteePersonId", group.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetGroupQuery(pair.Id), cancellationToken);
    }
}
