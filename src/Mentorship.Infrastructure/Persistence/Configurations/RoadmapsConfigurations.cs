using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(r => r.ApprovedBy).HasMaxLength(TextLengths.Label);
        builder.Property(r => r.ReturnComment).HasMaxLength(TextLengths.FreeText);
        builder.Ignore(r => r.Period);
        builder.HasIndex(r => new { r.MunicipalityId, r.AcademicYear });
        builder.HasIndex(r => new { r.OrganizationId, r.AcademicYear });
        builder.HasIndex(r => new { r.Status, r.StartYear });
        builder.HasOne(r => r.Municipality).WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoadmapId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RoadmapItemConfiguration : IEntityTypeConfiguration<RoadmapItem>
{
    public void Configure(EntityTypeBuilder<RoadmapItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(TextLengths.Paragraph).IsRequired();
        builder.Property(i => i.Number).HasMaxLength(RoadmapItem.NumberMaxLength).IsRequired();
        builder.Property(i => i.SortKey).HasMaxLength(RoadmapItem.NumberMaxLength * 2).IsRequired();
        builder.Property(i => i.Term).HasMaxLength(RoadmapItem.TermMaxLength);
        builder.Property(i => i.Place).HasMaxLength(RoadmapItem.PlaceMaxLength);
        builder.Property(i => i.Responsible).HasMaxLength(RoadmapItem.ResponsibleMaxLength);
        builder.Property(i => i.PlannedResult).HasMaxLength(TextLengths.FreeText);
        builder.Property(i => i.Result).HasMaxLength(TextLengths.FreeText);

        // A number is unique in its roadmap («1.1» and «1.1.» alike): the key, not a read-then-write, holds it.
        builder.HasIndex(i => new { i.RoadmapId, i.SortKey }).IsUnique();

        // The daily overdue job reads open items by due date.
        builder.HasIndex(i => new { i.Status, i.DueDate });
    }
}
