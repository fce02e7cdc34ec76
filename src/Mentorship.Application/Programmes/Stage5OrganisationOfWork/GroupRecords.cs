using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

internal static class GroupRecords
{
    /// <summary>The group for a record: staff, or a member (a mentor when <paramref name="mentorsOnly"/>); others are refused.</summary>
    public static async Task<MentoringGroup> LoadAsync(IApplicationDbContext db, ICurrentUser user, Guid groupId, bool mentorsOnly, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(groupId, cancellationToken);
        var caller = user.CallerIn(group);
        if (!caller.IsStaff && (!caller.IsMember || (mentorsOnly && caller.MemberRole != GroupRole.Mentor)))
        {
            throw new ForbiddenAccessException();
        }

        (await db.ProgrammeAsync(group.ProgrammeId, cancellationToken)).EnsureActive();
        return group;
    }

    public static async Task<MentoringGroup> LoadActiveAsync(IApplicationDbContext db, ICurrentUser user, Guid groupId, bool mentorsOnly, CancellationToken cancellationToken)
    {
        var group = await LoadAsync(db, user, groupId, mentorsOnly, cancellationToken);
        if (!group.IsActive)
        {
            throw new ConflictException(Texts.Pick("Пара или группа уже завершена.", "The pair or group has ended."), "status");
        }

        return group;
    }

    public static async Task EnsureVisibleAsync(IApplicationDbContext db, Guid groupId, CancellationToken cancellationToken)
    {
        if (!await db.MentoringGroups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            throw new NotFoundException(nameof(MentoringGroup), groupId);
        }
    }

    public static void EnsureMentee(MentoringGroup group, Guid? menteePersonId)
    {
        if (menteePersonId is { } id && !group.Members.Any(m => m.PersonId == id && m.Role == GroupRole.Mentee))
        {
            throw new ValidationException("menteePersonId", Texts.Pick("Этот человек не наставляемый этой пары или группы.", "The person is not a mentee of this pair or group."));
        }
    }

    public static MeetingHoursDto Hours(Guid groupId, int meetings, int minutes) =>
        new(groupId, meetings, minutes, Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero));
}
