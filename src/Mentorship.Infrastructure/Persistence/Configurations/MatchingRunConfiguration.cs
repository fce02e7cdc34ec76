using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(MatchingRun.LanguageMaxLength).IsRequired();
        builder.Property(r => r.RequestedBy).HasMaxLength(TextLengths.Label);
        builder.Property(r => r.ErrorCode).HasMaxLength(TextLengths.Code);
        builder.Property(r => r.Error).HasMaxLength(TextLengths.Paragraph);

        // The proposals of a regional instance run to megabytes: unbounded text on every provider.
        builder.Property(r => r.Result).Metadata.SetMaxLength(null);

        // A worker and a request that gives up a dead run change the same row: the one that read it last wins, never both.
        builder.Property(r => r.Stamp).IsConcurrencyToken();

        // One active (queued or running) run per programme, held by the database under concurrent requests: the column is
        // the programme while the run is active and null after, and a unique index admits any number of nulls.
        builder.HasIndex(r => r.ActiveProgrammeId).IsUnique();
        builder.HasIndex(r => new { r.ProgrammeId, r.RequestedAt });
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsActive);
    }
}
