using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;

/// <summary>The meeting totals of one pair/group.</summary>
/// <param name="GroupId">The pair or group.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetMeetingHoursQuery(Guid GroupId) : IRequest<MeetingHoursDto>;

internal sealed class GetMeetingHoursHandler(IApplicationDbContext db) : IRequestHandler<GetMeetingHoursQuery, MeetingHoursDto>
{
    public async Task<MeetingHoursDto> Handle(GetMeetingHoursQuery request, CancellationToken cancellationToken)
    {
        await GroupReads.EnsureVisibleAsync(db, request.GroupId, cancellationToken);
        var meetings = db.Meetings.Where(m => m.GroupId == request.GroupId);
        var count = await meetings.CountAsync(cancellationToken);
        var minutes = await meetings.SumAsync(m => m.DurationMinutes, cancellationToken);
        return GroupReads.Hours(request.GroupId, count, minutes);
    }
}
