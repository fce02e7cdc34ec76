using AutoMapper;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;
using Mentorship.Application.Reporting;
using Mentorship.Application.Roadmaps.Queries.GetRoadmap;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Application.Roadmaps;

/// <summary>
/// The audit log's entries of roadmaps: created, submitted, resubmitted, returned (with the comment) and approved,
/// each written in the same save as the change itself.
/// </summary>
internal static class RoadmapAudit
{
    public const string Created = "roadmap.created";
    public const string Submitted = "roadmap.submitted";
    public const string Resubmitted = "roadmap.resubmitted";
    public const string Returned = "roadmap.returned";
    public const string Approved = "roadmap.approved";

    /// <summary>A transition of the workflow: its entry and the change saved together, and the roadmap as it now is.</summary>
    public static async Task<RoadmapDto> SaveTransitionAsync(
        IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time, Roadmap roadmap, string what, CancellationToken cancellationToken, string? detail = null)
    {
        Record(db, user, time, AuditAction.Update, roadmap, what, detail);
        await db.SaveChangesAsync(cancellationToken);
        return await RoadmapReads.DtoAsync(db, mapper, roadmap.Id, cancellationToken);
    }

    /// <summary>One entry, written the way the reporting requests' workflow writes its own.</summary>
    public static void Record(IApplicationDbContext db, ICurrentUser user, TimeProvider time, AuditAction action, Roadmap roadmap, string what, string? detail = null) =>
        ReportingAudit.Record(db, user, time, action, roadmap, what, detail);
}
