using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;

/// <summary>
/// Re-matches a mentee of the pair/group with another mentor: the mentee leaves (a pair ends, terminated with the
/// reason) and a new pair of the same form and format is confirmed, with every check of a confirmation.
/// </summary>
/// <param name="MenteePersonId">The mentee who moves to another mentor.</param>
/// <param name="MentorPersonId">The new mentor (a mentor of the programme's bank).</param>
/// <param name="Reason">Why the mentee is re-matched, kept as the reason of leaving; up to 1000 characters.</param>
/// <param name="On">Date of the change; today when omitted.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RematchMenteeCommand(Guid? MenteePersonId, Guid? MentorPersonId, string? Reason, DateOnly? On) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class RematchMenteeHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<RematchMenteeCommand, GroupDto>
{
    public async Task<GroupDto> Handle(RematchMenteeCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var programme = await db.ProgrammeWithConditionsAsync(group.ProgrammeId, cancellationToken);
        var menteeId = request.MenteePersonId!.Value;
        var mentorId = request.MentorPersonId!.Value;
        if (!group.IsActiveMember(menteeId, GroupRole.Mentee))
        {
            throw new ValidationException("menteePersonId", ErrorCodes.Group.NotAMentee);
        }

        if (group.IsActiveMember(mentorId, GroupRole.Mentor))
        {
            throw new ValidationException("mentorPersonId", ErrorCodes.Group.SameMentor);
        }

        var now = time.GetUtcNow();
        var on = request.On ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (group.ActiveMembers.Count(m => m.Role == GroupRole.Mentee) > 1)
        {
            group.RemoveMember(menteeId, on, request.Reason!);
        }
        else
        {
            group.Terminate(on, request.Reason!);
        }

        var format = group.Format == MentoringFormat.Group ? MentoringFormat.OneToOne : group.Format;
        var confirmation = await GroupReads.ConfirmationAsync(db, programme, group.Form, [mentorId, menteeId], group.Id, cancellationToken);
        var pair = confirmation.Confirm(group.Form, format, null, on,
            [new GroupMemberChoice(mentorId, GroupRole.Mentor, "mentorPersonId"), new GroupMemberChoice(menteeId, GroupRole.Mentee, "menteePersonId")], now);
        if (group.TeacherElement is not null)
        {
            pair.SetTeacherModel(group.TeacherElement, group.Deficit);
        }

        db.MentoringGroups.Add(pair);
        await db.SaveChangesAsync(cancellationToken);
        return await GroupReads.DtoAsync(db, mapper, pair.Id, cancellationToken);
    }
}
