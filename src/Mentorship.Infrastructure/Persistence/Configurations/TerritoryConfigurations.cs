using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(2).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(Region.NameMaxLength).IsRequired();
        builder.Property(r => r.TimeZone).HasMaxLength(Region.TimeZoneMaxLength).IsRequired().HasDefaultValue(Region.DefaultTimeZone);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength).IsRequired();
        builder.Property(m => m.Oktmo).HasMaxLength(11).IsRequired();
        builder.HasIndex(m => m.Oktmo).IsUnique();
        builder.HasIndex(m => new { m.RegionId, m.Name });
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.ShortName).HasMaxLength(Organization.ShortNameMaxLength);
        builder.Property(o => o.Address).HasMaxLength(Organization.AddressMaxLength);
        builder.Property(o => o.Email).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(o => o.Phone).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(o => o.Website).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(o => o.Inn).HasMaxLength(12);
        builder.Property(o => o.NameNormalized).HasMaxLength(Organization.NameMaxLength + Organization.ShortNameMaxLength + 1).IsRequired();
        builder.HasIndex(o => o.Inn).IsUnique();
        builder.HasIndex(o => new { o.MunicipalityId, o.Kind });
        builder.HasIndex(o => o.NameNormalized);
        builder.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class HeadCountConfiguration : IEntityTypeConfiguration<HeadCount>
{
    public void Configure(EntityTypeBuilder<HeadCount> builder)
    {
        builder.Property(h => h.ReportedBy).HasMaxLength(200);
        builder.HasIndex(h => new { h.OrganizationId, h.AcademicYear, h.ReportedAt });
        builder.HasOne(h => h.Organization).WithMany().HasForeignKey(h => h.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
