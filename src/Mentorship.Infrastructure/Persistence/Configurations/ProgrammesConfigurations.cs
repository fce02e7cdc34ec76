using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

// Cascades run only from an aggregate to the children it owns (programme → forms, group → members and its log,
// template → questions → options…). References between aggregates (to programmes, groups, persons,
// organisations, questions) restrict, so no table is reached by two cascade paths: SQL Server refuses that.

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Programme.TitleMaxLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Programme.DescriptionMaxLength);
        builder.Property(p => p.SearchWords).HasMaxLength(Programme.SearchWordsMaxLength).IsRequired();
        builder.Property<string>(ProgrammeSearchText.Column).HasMaxLength(ProgrammeSearchText.MaxLength).IsRequired().HasDefaultValue(string.Empty);
        builder.HasIndex(p => new { p.OrganizationId, p.StartYear });
        builder.HasIndex(p => new { p.IsPublished, p.Status });

        // The public search's two orders, so that a page is a walk of an index that stops at its last row rather than
        // a sort of every match: by title, and newest first (ties by id in both).
        builder.HasIndex(p => new { p.IsPublished, p.Title, p.Id });
        builder.HasIndex(p => new { p.IsPublished, p.PublishedAt, p.Id }).IsDescending(false, true, false);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Forms).WithOne().HasForeignKey(f => f.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Formats).WithOne().HasForeignKey(f => f.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.TeamMembers).WithOne().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.StageHistory).WithOne().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgrammeFormConfiguration : IEntityTypeConfiguration<ProgrammeForm>
{
    public void Configure(EntityTypeBuilder<ProgrammeForm> builder) =>
        builder.HasIndex(f => new { f.ProgrammeId, f.Form }).IsUnique();
}

public sealed class ProgrammeFormatConfiguration : IEntityTypeConfiguration<ProgrammeFormat>
{
    public void Configure(EntityTypeBuilder<ProgrammeFormat> builder) =>
        builder.HasIndex(f => new { f.ProgrammeId, f.Format }).IsUnique();
}

public sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.Property(m => m.FullName).HasMaxLength(TeamMember.FullNameMaxLength);
        builder.Property(m => m.Position).HasMaxLength(TeamMember.PositionMaxLength);
        builder.HasIndex(m => new { m.ProgrammeId, m.Role });
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProgrammeTaskConfiguration : IEntityTypeConfiguration<ProgrammeTask>
{
    public void Configure(EntityTypeBuilder<ProgrammeTask> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(TextLengths.Paragraph).IsRequired();
        builder.Property(t => t.ExpectedResult).HasMaxLength(TextLengths.Paragraph);
    }
}

public sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.ConfigureRequisites();
        builder.HasIndex(d => new { d.ProgrammeId, d.Kind });
    }
}

public sealed class StageTransitionConfiguration : IEntityTypeConfiguration<StageTransition>
{
    public void Configure(EntityTypeBuilder<StageTransition> builder)
    {
        builder.Property(t => t.By).HasMaxLength(TextLengths.Label);
        builder.Property(t => t.Reason).HasMaxLength(StageTransition.ReasonMaxLength);
        builder.HasIndex(t => new { t.ProgrammeId, t.At });
    }
}

public sealed class ProgrammePartnerConfiguration : IEntityTypeConfiguration<ProgrammePartner>
{
    public void Configure(EntityTypeBuilder<ProgrammePartner> builder)
    {
        builder.Property(p => p.Role).HasMaxLength(TextLengths.Title);
        builder.HasIndex(p => new { p.ProgrammeId, p.OrganizationId }).IsUnique();
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MentorCandidateConfiguration : IEntityTypeConfiguration<MentorCandidate>
{
    public void Configure(EntityTypeBuilder<MentorCandidate> builder)
    {
        builder.Property(c => c.DecisionComment).HasMaxLength(MentorCandidate.CommentMaxLength);
        builder.HasIndex(c => new { c.ProgrammeId, c.PersonId }).IsUnique();
        builder.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Trainings).WithOne().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MentorTrainingConfiguration : IEntityTypeConfiguration<MentorTraining>
{
    public void Configure(EntityTypeBuilder<MentorTraining> builder) =>
        builder.Property(t => t.Name).HasMaxLength(TextLengths.Title).IsRequired();
}

public sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.HasIndex(m => new { m.ProgrammeId, m.PersonId }).IsUnique();
        builder.HasIndex(m => m.PersonId);
        builder.HasOne(m => m.Programme).WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentorCandidate>().WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Competences).WithOne().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.TrainingExceptionReason).HasMaxLength(MunicipalMentor.ReasonMaxLength);
    }
}

public sealed class MentorCompetenceConfiguration : IEntityTypeConfiguration<MentorCompetence>
{
    public void Configure(EntityTypeBuilder<MentorCompetence> builder)
    {
        builder.Property(c => c.Tag).HasMaxLength(TextLengths.Tag).IsRequired();
        builder.HasIndex(c => new { c.MentorId, c.Tag }).IsUnique();
        builder.HasIndex(c => c.Tag);
    }
}

public sealed class MenteeConfiguration : IEntityTypeConfiguration<Mentee>
{
    public void Configure(EntityTypeBuilder<Mentee> builder)
    {
        builder.HasIndex(m => new { m.ProgrammeId, m.PersonId }).IsUnique();
        builder.HasIndex(m => m.PersonId);
        builder.HasOne(m => m.Programme).WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Requests).WithOne().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MenteeRequestConfiguration : IEntityTypeConfiguration<MenteeRequest>
{
    public void Configure(EntityTypeBuilder<MenteeRequest> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(TextLengths.FreeText);
        builder.HasMany(r => r.Tags).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MenteeRequestTagConfiguration : IEntityTypeConfiguration<MenteeRequestTag>
{
    public void Configure(EntityTypeBuilder<MenteeRequestTag> builder)
    {
        builder.Property(t => t.Tag).HasMaxLength(TextLengths.Tag).IsRequired();
        builder.HasIndex(t => new { t.RequestId, t.Tag }).IsUnique();
        builder.HasIndex(t => t.Tag);
    }
}

public sealed class InformingRecordConfiguration : IEntityTypeConfiguration<InformingRecord>
{
    public void Configure(EntityTypeBuilder<InformingRecord> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(TextLengths.FreeText);
        builder.HasIndex(r => new { r.ProgrammeId, r.InformedOn });
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        // Records about one mentee go with the mentee's bank entry.
        builder.HasOne<Mentee>().WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MentoringGroupConfiguration : IEntityTypeConfiguration<MentoringGroup>
{
    public void Configure(EntityTypeBuilder<MentoringGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(MentoringGroup.NameMaxLength);
        builder.Property(g => g.EndReason).HasMaxLength(MentoringGroup.ReasonMaxLength);
        builder.Property(g => g.Deficit).HasMaxLength(MentoringGroup.DeficitMaxLength);
        builder.HasIndex(g => new { g.ProgrammeId, g.Status });
        builder.HasIndex(g => new { g.StartedAt, g.EndedAt });
        builder.HasOne(g => g.Programme).WithMany().HasForeignKey(g => g.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(g => g.ActiveMembers);
    }
}

public sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.Property(m => m.LeaveReason).HasMaxLength(MentoringGroup.ReasonMaxLength);
        builder.HasIndex(m => new { m.GroupId, m.PersonId });
        builder.HasIndex(m => new { m.PersonId, m.Role });
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.Text).HasMaxLength(TextLengths.FreeText).IsRequired();
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(g => g.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.MenteePersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Topic).HasMaxLength(TextLengths.Title);
        builder.Property(m => m.Notes).HasMaxLength(TextLengths.FreeText);
        builder.HasIndex(m => new { m.GroupId, m.At });
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IntermediateResultConfiguration : IEntityTypeConfiguration<IntermediateResult>
{
    public void Configure(EntityTypeBuilder<IntermediateResult> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(TextLengths.FreeText).IsRequired();
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.MenteePersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.Property(f => f.Text).HasMaxLength(TextLengths.FreeText).IsRequired();
        builder.HasIndex(f => new { f.GroupId, f.Stage });
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(TextLengths.FreeText).IsRequired();
        builder.HasIndex(n => new { n.GroupId, n.WrittenAt });
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(n => n.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SurveyTemplateConfiguration : IEntityTypeConfiguration<SurveyTemplate>
{
    public void Configure(EntityTypeBuilder<SurveyTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.HasIndex(t => new { t.ProgrammeId, t.Role, t.Point });
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Questions).WithOne().HasForeignKey(q => q.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(TextLengths.Paragraph).IsRequired();
        builder.HasIndex(q => new { q.TemplateId, q.Order }).IsUnique();
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyQuestionOptionConfiguration : IEntityTypeConfiguration<SurveyQuestionOption>
{
    public void Configure(EntityTypeBuilder<SurveyQuestionOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(TextLengths.Title).IsRequired();
        builder.HasIndex(o => new { o.QuestionId, o.Order }).IsUnique();
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasIndex(r => new { r.TemplateId, r.ProgrammeId, r.GroupId, r.RespondentPersonId }).IsUnique();
        builder.HasIndex(r => r.RespondentPersonId);
        builder.HasOne<SurveyTemplate>().WithMany().HasForeignKey(r => r.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RespondentPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(TextLengths.FreeText);
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();

        // Answers cascade from their response only; questions and options of a published template never go away.
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyQuestionOption>().WithMany().HasForeignKey(a => a.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SuccessCaseConfiguration : IEntityTypeConfiguration<SuccessCase>
{
    public void Configure(EntityTypeBuilder<SuccessCase> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(TextLengths.FreeText).IsRequired();
        builder.HasIndex(c => new { c.IsPublished, c.PublishedAt });
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FinalEventConfiguration : IEntityTypeConfiguration<FinalEvent>
{
    public void Configure(EntityTypeBuilder<FinalEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(TextLengths.FreeText);
        builder.Property(e => e.Place).HasMaxLength(TextLengths.Title);
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
