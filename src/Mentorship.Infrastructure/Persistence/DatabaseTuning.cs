using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Persistence;

public sealed class DatabaseTuning(ApplicationDbContext db) : IDatabaseTuning
{
    /// <summary>About 1 MB per 8 organisations, 32–512 MB: the distinct counts over a region's memberships stay in memory.</summary>
    public static int WorkMemMb(int organizations) => Math.Clamp(organizations / 8, 32, 512);

    public async Task ForRegionAggregatesAsync(int organizations, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null)
        {
            // set_config(…, true) is SET LOCAL that takes its value as a parameter.
            var workMem = $"{WorkMemMb(organizations)}MB";
            await db.Database.ExecuteSqlAsync($"SELECT set_config('work_mem', {workMem}, true)", cancellationToken);
        }
    }
}
