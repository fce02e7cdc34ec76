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
    }
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

public sealed class CriterionAnswerConfiguration : IEntityTypeConfiguration<CriterionAnswer>
{
    public void Configure(EntityTypeBuilder<CriterionAnswer> builder)
    {
        builder.HasIndex(a => new { a.OrganizationId, a.Year, a.Criterion });
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
