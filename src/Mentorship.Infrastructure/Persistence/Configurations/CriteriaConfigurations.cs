using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class CriterionIndicatorSnapshotConfiguration : IEntityTypeConfiguration<CriterionIndicatorSnapshot>
{
    public void Configure(EntityTypeBuilder<CriterionIndicatorSnapshot> builder)
    {
        builder.Property(s => s.Value).HasPrecision(18, 6);
        builder.Property(s => s.Distribution).HasMaxLength(CriterionIndicatorSnapshot.JsonMaxLength);
        builder.Property(s => s.Inputs).HasMaxLength(CriterionIndicatorSnapshot.JsonMaxLength);
        builder.HasIndex(s => new { s.OrganizationId, s.Year, s.Indicator }).IsUnique();
        builder.HasIndex(s => new { s.Year, s.Indicator });
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TeacherQuestionnaireConfiguration : IEntityTypeConfiguration<TeacherQuestionnaire>
{
    public void Configure(EntityTypeBuilder<TeacherQuestionnaire> builder)
    {
        builder.Ignore(q => q.IsClosed);

        // One questionnaire per organisation and year, held by the database under concurrent opens.
        builder.HasIndex(q => new { q.OrganizationId, q.Year }).IsUnique();
        builder.HasOne(q => q.Organization).WithMany().HasForeignKey(q => q.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class QuestionnaireAnswerConfiguration : IEntityTypeConfiguration<QuestionnaireAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAnswer> builder)
    {
        // One answer per teacher and questionnaire. Paper answers have no person: PostgreSQL and SQLite treat nulls as
        // distinct, and SQL Server's unique index on a nullable column is filtered to non-null values.
        builder.HasIndex(a => new { a.QuestionnaireId, a.PersonId }).IsUnique();
        builder.HasOne<TeacherQuestionnaire>().WithMany().HasForeignKey(a => a.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LearningDynamicsReportConfiguration : IEntityTypeConfiguration<LearningDynamicsReport>
{
    public void Configure(EntityTypeBuilder<LearningDynamicsReport> builder)
    {
        builder.HasIndex(r => new { r.PersonId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.Year });
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MentorshipContestReportConfiguration : IEntityTypeConfiguration<MentorshipContestReport>
{
    public void Configure(EntityTypeBuilder<MentorshipContestReport> builder)
    {
        builder.Property(r => r.ContestName).HasMaxLength(Mentorship.Domain.Common.TextLengths.Title);
        builder.HasIndex(r => new { r.OrganizationId, r.Year }).IsUnique();
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
