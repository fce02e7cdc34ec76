using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class MunicipalMentorConfiguration : IEntityTypeConfiguration<MunicipalMentor>
{
    public void Configure(EntityTypeBuilder<MunicipalMentor> builder)
    {
        // A person is in a municipality's bank once: the index, not a read before the write, keeps it so.
        builder.HasIndex(m => new { m.MunicipalityId, m.PersonId }).IsUnique();
        builder.HasIndex(m => m.PersonId);
        builder.HasIndex(m => new { m.MunicipalityId, m.OrganizationId });
        builder.Property(m => m.TrainingExceptionReason).HasMaxLength(MunicipalMentor.ReasonMaxLength);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Competences).WithOne().HasForeignKey(c => c.MunicipalMentorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MunicipalMentorCompetenceConfiguration : IEntityTypeConfiguration<MunicipalMentorCompetence>
{
    public void Configure(EntityTypeBuilder<MunicipalMentorCompetence> builder)
    {
        builder.Property(c => c.Tag).HasMaxLength(TextLengths.Tag).IsRequired();
        builder.HasIndex(c => new { c.MunicipalMentorId, c.Tag }).IsUnique();
        builder.HasIndex(c => c.Tag);
    }
}
