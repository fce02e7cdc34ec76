using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetProgrammeMeetingHours;

/// <summary>The meeting totals of every pair/group of the programme, computed in the database.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeMeetingHoursQuery(Guid ProgrammeId, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<MeetingHoursDto>>, IPagedRequest;

internal sealed class GetProgrammeMeetingHoursHandler(IApplicationDbContext db) : IRequestHandler<GetProgrammeMeetingHoursQuery, PagedList<MeetingHoursDto>>
{
    public async Task<PagedList<MeetingHoursDto>> Handle(GetProgrammeMeetingHoursQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var totals = db.MentoringGroups.Where(g => g.ProgrammeId == request.ProgrammeId).OrderBy(g => g.StartedAt).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                Meetings = db.Meetings.Count(m => m.GroupId == g.Id),
                Minutes = db.Meetings.Where(m => m.GroupId == g.Id).Sum(m => (int?)m.DurationMinutes) ?? 0,
            });
        var page = await totals.ToPagedListAsync(PageRequest.From(request), cancellationToken);
        return new PagedList<MeetingHoursDto>(page.Items.Select(t => GroupReads.Hours(t.Id, t.Meetings, t.Minutes)).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
