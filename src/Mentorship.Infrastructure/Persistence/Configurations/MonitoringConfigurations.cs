using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class IndicatorSnapshotConfiguration : IEntityTypeConfiguration<IndicatorSnapshot>
{
    public void Configure(EntityTypeBuilder<IndicatorSnapshot> builder)
    {
        builder.Property(s => s.Breakdown).HasMaxLength(IndicatorSnapshot.BreakdownMaxLength).IsRequired();
        builder.Property(s => s.Value).HasPrecision(18, 6);
        builder.Property(s => s.Target).HasPrecision(12, 4);

        // The unit is an organisation, municipality or region by Level: no foreign key.
        builder.HasIndex(s => new { s.Level, s.UnitId, s.Year, s.Indicator, s.Breakdown }).IsUnique();
        builder.HasIndex(s => new { s.Year, s.Indicator, s.Level });
        builder.HasIndex(s => new { s.RegionId, s.Year, s.Level });
        builder.HasIndex(s => new { s.MunicipalityId, s.Year, s.Level });
    }
}

public sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.Property(t => t.Value).HasPrecision(12, 4);

        // A null region is the federal default. PostgreSQL and SQLite treat nulls as distinct and SQL Server's
        // unique index on a nullable column is filtered to non-null values, so federal defaults are kept unique by
        // the seeding code, not by this index.
        builder.HasIndex(t => new { t.RegionId, t.Indicator, t.Year }).IsUnique();
        builder.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);

        // A municipality's own target has no region (so the index above leaves it alone); this one keeps it unique.
        builder.HasIndex(t => new { t.MunicipalityId, t.Indicator, t.Year }).IsUnique();
        builder.HasOne(t => t.Municipality).WithMany().HasForeignKey(t => t.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // The federal defaults, seeded by the migrations with fixed ids. Computation falls back to the same
        // schedule in the domain when the rows are gone (e.g. a test database that was emptied).
        var seededAt = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        builder.HasData(TargetSchedule.FederalDefaults.Select(d => new
        {
            Id = FederalTargetId(d.Indicator, d.Year),
            RegionId = (Guid?)null,
            MunicipalityId = (Guid?)null,
            d.Indicator,
            IsCount = !d.Indicator.IsShare(),
            d.Year,
            d.Value,
            Created = seededAt,
            CreatedBy = "seed",
            LastModified = seededAt,
            LastModifiedBy = "seed",
            Version = 0L,
        }));
    }

    /// <summary>A stable id per federal default, so that the seed is the same in every migration.</summary>
    public static Guid FederalTargetId(Indicator indicator, int year) =>
        new($"00000000-0000-7000-8000-{(int)indicator:D4}{year:D8}");
}

public sealed class CriterionSnapshotConfiguration : IEntityTypeConfiguration<CriterionSnapshot>
{
    public void Configure(EntityTypeBuilder<CriterionSnapshot> builder)
    {
        builder.Property(s => s.Value).HasPrecision(18, 6);
        builder.Property(s => s.Inputs).HasMaxLength(CriterionSnapshot.InputsMaxLength);
        builder.HasIndex(s => new { s.OrganizationId, s.Year, s.Criterion }).IsUnique();
        builder.HasIndex(s => new { s.Year, s.Criterion });
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaleGroupConfiguration : IEntityTypeConfiguration<StaleGroup>
{
    public void Configure(EntityTypeBuilder<StaleGroup> builder)
    {
        builder.HasIndex(s => s.GroupId).IsUnique();
        builder.HasIndex(s => new { s.OrganizationId, s.DaysWithoutMeeting });
        builder.HasOne<Mentorship.Domain.Programmes.MentoringGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(32).IsRequired();
        builder.Property(r => r.RequestedBy).HasMaxLength(Mentorship.Domain.Common.TextLengths.Label);
        builder.Property(r => r.BackgroundJobId).HasMaxLength(Mentorship.Domain.Common.TextLengths.Code);
        builder.HasIndex(r => r.RequestedAt);
        builder.Ignore(r => r.Status);
        builder.Ignore(r => r.StartedAt);
        builder.Ignore(r => r.FinishedAt);
        builder.Ignore(r => r.QueuedRegions);
        builder.HasMany(r => r.Regions).WithOne().HasForeignKey(r => r.JobRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RegionRunConfiguration : IEntityTypeConfiguration<RegionRun>
{
    public void Configure(EntityTypeBuilder<RegionRun> builder)
    {
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);

        // Every change of the lease is checked against the one read, so two workers never both hold a region.
        builder.Property(r => r.LeaseId).IsConcurrencyToken();

        // One row per run and region: the unit a worker claims, so each region is computed once per run.
        builder.HasIndex(r => new { r.JobRunId, r.RegionId }).IsUnique();
        builder.HasIndex(r => new { r.RegionId, r.Status });
    }
}

public sealed class MonitoringChangeConfiguration : IEntityTypeConfiguration<MonitoringChange>
{
    public void Configure(EntityTypeBuilder<MonitoringChange> builder)
    {
        builder.Property(c => c.Cause).HasMaxLength(MonitoringChange.CauseMaxLength).IsRequired();

        // Read per unit of each level and year (is a snapshot stale?), removed per region and year by the recompute.
        builder.HasIndex(c => new { c.RegionId, c.Year });
        builder.HasIndex(c => new { c.MunicipalityId, c.Year });
        builder.HasIndex(c => new { c.OrganizationId, c.Year });
    }
}
