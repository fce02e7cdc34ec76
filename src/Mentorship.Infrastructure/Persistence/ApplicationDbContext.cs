using System.Reflection;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// The model shared by every provider. Each provider has a subclass of its own (with its own migrations) that
/// adds what only it needs: type conversions and how it reports a unique-key violation.
/// </summary>
public abstract partial class ApplicationDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    /// <summary>Default length of a string column: SQL Server cannot index nvarchar(max), so nothing is unbounded by accident.</summary>
    public const int DefaultStringLength = 500;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<HeadCount> HeadCounts => Set<HeadCount>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new PreconditionFailedException(ErrorCodes.Common.StaleVersion, ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex.InnerException))
        {
            throw new ConflictException(ErrorCodes.Persistence.RecordExists, ex);
        }
    }

    /// <summary>Whether the provider's own exception says that a unique index refused the write.</summary>
    protected internal abstract bool IsUniqueViolation(Exception? providerError);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
        MapWindowCount(modelBuilder);
        ApplyScopeFilters(modelBuilder);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(BaseEntity).IsAssignableFrom(entityType.ClrType))
            {
                entityType.FindProperty(nameof(BaseEntity.Id))!.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }

            if (typeof(AuditableEntity).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AuditableEntity.Version)).IsConcurrencyToken();
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AuditableEntity.CreatedBy)).HasMaxLength(200);
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AuditableEntity.LastModifiedBy)).HasMaxLength(200);
            }

            // Domain events live in memory only.
            if (typeof(BaseEntity).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).Ignore(nameof(BaseEntity.DomainEvents));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<string>().HaveMaxLength(DefaultStringLength);
        configurationBuilder.Properties<AcademicYear>().HaveConversion<ValueConverters.AcademicYearConverter>();
    }
}
