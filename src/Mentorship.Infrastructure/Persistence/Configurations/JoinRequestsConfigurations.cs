using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(JoinRequest.ReferenceLength).IsRequired();
        builder.Property(r => r.ChildLastName).HasMaxLength(TextLengths.NamePart).IsRequired();
        builder.Property(r => r.ChildFirstName).HasMaxLength(TextLengths.NamePart).IsRequired();
        builder.Property(r => r.ChildMiddleName).HasMaxLength(TextLengths.NamePart);
        builder.Property(r => r.RequesterName).HasMaxLength(JoinRequest.NameMaxLength).IsRequired();
        builder.Property(r => r.RequesterEmail).HasMaxLength(JoinRequest.ContactMaxLength);
        builder.Property(r => r.RequesterPhone).HasMaxLength(JoinRequest.PhoneMaxLength);
        builder.Property(r => r.Text).HasMaxLength(TextLengths.FreeText);
        builder.Property(r => r.RepresentativeName).HasMaxLength(Domain.People.Consent.RepresentativeNameMaxLength).IsRequired();
        builder.Property(r => r.ConsentTextVersion).HasMaxLength(JoinRequest.ConsentTextVersionMaxLength).IsRequired();
        builder.Property(r => r.HandledBy).HasMaxLength(TextLengths.Label);
        builder.Property(r => r.DeclineReason).HasMaxLength(TextLengths.Paragraph);
        builder.Ignore(r => r.CoSignedByChild);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.ProgrammeId, r.Status, r.SubmittedAt });
        builder.HasOne(r => r.Programme).WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.People.Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentee>().WithMany().HasForeignKey(r => r.MenteeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProgrammePublicPageConfiguration : IEntityTypeConfiguration<ProgrammePublicPage>
{
    public void Configure(EntityTypeBuilder<ProgrammePublicPage> builder)
    {
        builder.Property(p => p.ParentsText).HasMaxLength(ProgrammePublicPage.TextMaxLength);
        builder.Property(p => p.PupilsText).HasMaxLength(ProgrammePublicPage.TextMaxLength);
        builder.Property(p => p.CuratorContactName).HasMaxLength(ProgrammePublicPage.ContactNameMaxLength);
        builder.Property(p => p.CuratorWorkEmail).HasMaxLength(ProgrammePublicPage.EmailMaxLength);
        builder.Property(p => p.CuratorWorkPhone).HasMaxLength(ProgrammePublicPage.PhoneMaxLength);

        // One page per programme: two first saves at once cannot both insert one.
        builder.HasIndex(p => p.ProgrammeId).IsUnique();
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}
