using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public static class DocumentRequisites
{
    /// <summary>The requisites every document carries, with the same lengths at every level.</summary>
    public static void ConfigureRequisites<T>(this EntityTypeBuilder<T> builder)
        where T : DocumentRecord
    {
        builder.Property(d => d.Number).HasMaxLength(DocumentRecord.NumberMaxLength);
        builder.Property(d => d.Title).HasMaxLength(TextLengths.Title);
        builder.Property(d => d.FileReference).HasMaxLength(DocumentRecord.FileReferenceMaxLength);
        builder.Property(d => d.ApprovedBy).HasMaxLength(DocumentRecord.ApprovedByMaxLength);
    }
}

/// <summary>
/// Documents of organisations and municipalities, one table: exactly one owner is set, as the level says. The owners
/// restrict their removal (an organisation is archived, never deleted, and keeps its acts).
/// </summary>
public sealed class OfficialDocumentConfiguration : IEntityTypeConfiguration<OfficialDocument>
{
    public void Configure(EntityTypeBuilder<OfficialDocument> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_OfficialDocuments_Owner",
            "(\"OrganizationId\" IS NOT NULL AND \"MunicipalityId\" IS NULL) OR (\"OrganizationId\" IS NULL AND \"MunicipalityId\" IS NOT NULL)"));
        builder.ConfigureRequisites();
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.OrganizationId, d.Kind });
        builder.HasIndex(d => new { d.MunicipalityId, d.Kind });
    }
}
