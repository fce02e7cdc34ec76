using Mentorship.Domain.Common;
using Mentorship.Domain.Reporting;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class ReportingRequestConfiguration : IEntityTypeConfiguration<ReportingRequest>
{
    public void Configure(EntityTypeBuilder<ReportingRequest> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(r => r.Sections).HasMaxLength(TextLengths.Label);
        builder.HasIndex(r => new { r.RegionId, r.Year });
        builder.HasIndex(r => new { r.MunicipalityId, r.Year });
        builder.HasIndex(r => new { r.IsOverdue, r.Deadline });
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportingResponseConfiguration : IEntityTypeConfiguration<ReportingResponse>
{
    public void Configure(EntityTypeBuilder<ReportingResponse> builder)
    {
        // One answer per organisation and request.
        builder.HasIndex(a => new { a.RequestId, a.OrganizationId }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.Status });
        builder.HasOne(a => a.Request).WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.SubmittedBy).HasMaxLength(TextLengths.Label);
        builder.Property(a => a.ReturnComment).HasMaxLength(ReportingResponse.CommentMaxLength);

        // Each section is an optional complex type (null: not filled) in the answer's own row, its figures required within it.
        builder.ComplexProperty(a => a.HeadCounts);
        builder.ComplexProperty(a => a.AdditionalEducation);
        builder.ComplexProperty(a => a.Retention);
        builder.ComplexProperty(a => a.Contests);
        builder.ComplexProperty(a => a.Dissemination);
        builder.ComplexProperty(a => a.LearningDynamics);
    }
}

public sealed class ReportingReminderConfiguration : IEntityTypeConfiguration<ReportingReminder>
{
    public void Configure(EntityTypeBuilder<ReportingReminder> builder)
    {
        // Once a day per organisation and request, however often the job runs.
        builder.HasIndex(r => new { r.RequestId, r.OrganizationId, r.Day }).IsUnique();
        builder.HasOne<ReportingRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
