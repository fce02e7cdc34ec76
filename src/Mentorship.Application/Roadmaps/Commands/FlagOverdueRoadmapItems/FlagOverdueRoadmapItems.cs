using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps.Commands.FlagOverdueRoadmapItems;

/// <summary>
/// The daily job's work: flags the open items past their due date (a recurring item's current occurrence's) and clears
/// the others. Returns the flags changed.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record FlagOverdueRoadmapItemsCommand : IRequest<int>;

internal sealed class FlagOverdueRoadmapItemsHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<FlagOverdueRoadmapItemsCommand, int>
{
    public async Task<int> Handle(FlagOverdueRoadmapItemsCommand request, CancellationToken cancellationToken)
    {
        var today = RoadmapReads.Today(time);

        // The rule of RoadmapItem.RefreshOverdue (open and past the due date), applied set-based.
        var flagged = await db.RoadmapItems.IgnoreQueryFilters()
            .Where(i => !i.IsOverdue && (i.Status == RoadmapItemStatus.Planned || i.Status == RoadmapItemStatus.InProgress) && i.DueDate != null && i.DueDate < today)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsOverdue, true), cancellationToken);
        var cleared = await db.RoadmapItems.IgnoreQueryFilters()
            .Where(i => i.IsOverdue && !((i.Status == RoadmapItemStatus.Planned || i.Status == RoadmapItemStatus.InProgress) && i.DueDate != null && i.DueDate < today))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsOverdue, false), cancellationToken);
        return flagged + cleared;
    }
}
