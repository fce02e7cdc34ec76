using Mentorship.Application.Common.Interfaces;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>The embedded default. SQLite cannot compare DateTimeOffset values, so they are stored as sortable ticks.</summary>
public sealed class SqliteApplicationDbContext(DbContextOptions<SqliteApplicationDbContext> options, ICurrentUser? currentUser = null)
    : ApplicationDbContext(options, currentUser)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
    protected internal override bool IsUniqueViolation(Exception? providerError) =>
        providerError is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}

public sealed class PostgreSqlApplicationDbContext(DbContextOptions<PostgreSqlApplicationDbContext> options, ICurrentUser? currentUser = null)
    : ApplicationDbContext(options, currentUser)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The full-text index of the public search: a tsvector generated from the stemmed search text, under a GIN
        // index. The 'simple' configuration only splits and lower-cases: the words are stemmed already, by the same
        // Snowball Russian stemmer as the query's, so SQLite and PostgreSQL find the same programmes.
        var programme = modelBuilder.Entity<Mentorship.Domain.Programmes.Programme>();
        programme.Property<NpgsqlTypes.NpgsqlTsVector>(Search.ProgrammeSearchText.PostgreSqlVector)
            .HasComputedColumnSql($"to_tsvector('simple', \"{Search.ProgrammeSearchText.Column}\")", stored: true);
        programme.HasIndex(Search.ProgrammeSearchText.PostgreSqlVector).HasMethod("GIN");
    }

    protected internal override bool IsUniqueViolation(Exception? providerError) =>
        providerError is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

public sealed class SqlServerApplicationDbContext(DbContextOptions<SqlServerApplicationDbContext> options, ICurrentUser? currentUser = null)
    : ApplicationDbContext(options, currentUser)
{
    // 2601: duplicate key in a unique index; 2627: violation of a unique constraint.
    protected internal override bool IsUniqueViolation(Exception? providerError) =>
        providerError is Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 };
}
