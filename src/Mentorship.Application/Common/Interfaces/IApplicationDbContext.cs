using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>The unit of work and the sets the use cases read and write. EF is the repository.</summary>
public partial interface IApplicationDbContext
{
    DbSet<Region> Regions { get; }

    DbSet<Municipality> Municipalities { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<HeadCount> HeadCounts { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
