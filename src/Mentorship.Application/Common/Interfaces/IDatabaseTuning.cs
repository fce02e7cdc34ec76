namespace Mentorship.Application.Common.Interfaces;

/// <summary>Settings of the current transaction for work over a whole region, where the database has them.</summary>
public interface IDatabaseTuning
{
    /// <summary>
    /// Lets the sorts and hashes of the open transaction take memory sized for a region of this many organisations
    /// (PostgreSQL's <c>work_mem</c>, for this transaction only); nothing on other databases or outside a transaction.
    /// </summary>
    Task ForRegionAggregatesAsync(int organizations, CancellationToken cancellationToken);
}
