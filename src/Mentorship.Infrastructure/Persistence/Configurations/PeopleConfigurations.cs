using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

// The person's own records (ids, consents, employments, activities) cascade from the person; every other
// reference to a person restricts, so a table is never reached by two cascade paths (SQL Server refuses that).
// Persons are anonymised, not deleted, in normal use.
public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.LastName).HasMaxLength(TextLengths.NamePart).IsRequired();
        builder.Property(p => p.FirstName).HasMaxLength(TextLengths.NamePart).IsRequired();
        builder.Property(p => p.MiddleName).HasMaxLength(TextLengths.NamePart);
        builder.Property(p => p.SearchName).HasMaxLength(TextLengths.NamePart * 3 + 2).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(Person.PhoneMaxLength);

        // One person per СНИЛС; persons without one are many (SQL Server gets a filtered index for the nulls).
        builder.Property(p => p.Snils).HasMaxLength(Snils.Length);
        builder.HasIndex(p => p.Snils).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.LastName, p.FirstName });
        builder.HasIndex(p => new { p.OrganizationId, p.Category });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.ExternalIds).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Affiliations).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PersonAffiliationConfiguration : IEntityTypeConfiguration<PersonAffiliation>
{
    public void Configure(EntityTypeBuilder<PersonAffiliation> builder)
    {
        // The same affiliation twice (person, organisation, role, first day) is refused by the database.
        builder.HasIndex(a => new { a.PersonId, a.OrganizationId, a.Role, a.From }).IsUnique();
        builder.HasIndex(a => a.OrganizationId);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PersonExternalIdConfiguration : IEntityTypeConfiguration<PersonExternalId>
{
    public void Configure(EntityTypeBuilder<PersonExternalId> builder)
    {
        builder.Property(e => e.ClientId).HasMaxLength(PersonExternalId.ClientIdMaxLength).IsRequired();
        builder.Property(e => e.ExternalId).HasMaxLength(PersonExternalId.ExternalIdMaxLength).IsRequired();
        builder.HasIndex(e => new { e.ClientId, e.ExternalId }).IsUnique();
    }
}

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.RepresentativeName).HasMaxLength(Consent.RepresentativeNameMaxLength);
        builder.Property(c => c.Purpose).HasMaxLength(Consent.PurposeMaxLength).IsRequired();
        builder.Property(c => c.DocumentReference).HasMaxLength(Consent.DocumentReferenceMaxLength);
    }
}

public sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.Property(e => e.ExperienceYearsAtHire).HasPrecision(5, 2);
        builder.HasIndex(e => new { e.OrganizationId, e.HiredAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestParticipationConfiguration : IEntityTypeConfiguration<ContestParticipation>
{
    public void Configure(EntityTypeBuilder<ContestParticipation> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(c => c.Result).HasMaxLength(TextLengths.Label);
        builder.HasIndex(c => new { c.Year, c.Kind, c.Level });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(p => p.Url).HasMaxLength(TextLengths.Paragraph);
        builder.HasIndex(p => p.Date);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TextLengths.Title).IsRequired();
        builder.Property(t => t.Provider).HasMaxLength(TextLengths.Title);
        builder.HasIndex(t => t.CompletedAt);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
