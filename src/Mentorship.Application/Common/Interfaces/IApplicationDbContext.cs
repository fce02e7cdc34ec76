using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>The unit of work and the sets the use cases read and write. EF is the repository.</summary>
public partial interface IApplicationDbContext
{
    DbSet<Region> Regions { get; }

    DbSet<Municipality> Municipalities { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<HeadCount> HeadCounts { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>The transaction and execution strategy, for the transaction behaviour.</summary>
    DatabaseFacade Database { get; }

    /// <summary>Cleared before the transaction behaviour retries a command, so that the retry starts from the database.</summary>
    ChangeTracker ChangeTracker { get; }
}
