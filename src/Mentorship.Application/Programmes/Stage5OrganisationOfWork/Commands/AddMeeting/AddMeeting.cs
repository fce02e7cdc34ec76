using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddMeeting;

/// <summary>Logs a meeting of the pair/group: the kick-off, a regular or the final one (staff or a member).</summary>
/// <param name="At">When the meeting took place, date and time with offset.</param>
/// <param name="DurationMinutes">Length of the meeting in minutes (1–1440); the meeting hours add these up.</param>
/// <param name="Kind">Kick-off (установочная), regular or final (итоговая) meeting.</param>
/// <param name="Topic">Topic of the meeting; optional, up to 500 characters.</param>
/// <param name="Notes">Notes of the meeting; optional, up to 4000 characters.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddMeetingCommand(DateTimeOffset? At, int? DurationMinutes, MeetingKind? Kind, string? Topic, string? Notes) : IRequest<MeetingDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class AddMeetingHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddMeetingCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(AddMeetingCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupReads.ForRecordAsync(db, user, request.GroupId, mentorsOnly: false, cancellationToken);
        var meeting = group.LogMeeting(request.At!.Value, request.DurationMinutes!.Value, request.Kind!.Value, request.Topic, request.Notes);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<MeetingDto>(meeting);
    }
}
