using Mentorship.Domain.Auditing;
using Mentorship.Domain.Integration;
using Mentorship.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Infrastructure.Persistence.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.ClientId).HasMaxLength(ApiKey.ClientIdMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasMany(k => k.Organizations).WithOne().HasForeignKey(o => o.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(k => k.Organizations).AutoInclude();
    }
}

public sealed class ApiKeyOrganizationConfiguration : IEntityTypeConfiguration<ApiKeyOrganization>
{
    public void Configure(EntityTypeBuilder<ApiKeyOrganization> builder)
    {
        builder.HasKey(o => new { o.ApiKeyId, o.OrganizationId });
        builder.HasOne<Domain.Territory.Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(AuditEntry.ActorMaxLength);
        builder.Property(a => a.ClientId).HasMaxLength(AuditEntry.ActorMaxLength);
        builder.Property(a => a.RemoteAddress).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength).IsRequired();
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.PersonId, a.At });
        builder.HasIndex(a => new { a.Actor, a.At });
    }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Caller).HasMaxLength(IdempotencyRecord.CallerMaxLength).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Path).HasMaxLength(500).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.ResponseBody).HasMaxLength(int.MaxValue);
        builder.Property(r => r.Location).HasMaxLength(1000);
        builder.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
