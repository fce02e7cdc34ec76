using System.Data.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>
/// <see cref="IBulkInserts"/> on the request's context. The columns and their conversions come from the EF model (a
/// property's value goes through its type mapping's converter, as EF's own parameters do), so a row written here reads
/// back as one EF wrote. SQL Server has no path of its own: its rows are added to the context and saved by it.
/// </summary>
internal sealed class BulkInserts(ApplicationDbContext db, PublicCacheEviction publicCache) : IBulkInserts
{
    public async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : BaseEntity
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (typeof(AuditableEntity).IsAssignableFrom(typeof(T)) || rows.Any(r => r.DomainEvents.Count > 0))
        {
            throw new InvalidOperationException($"{typeof(T).Name}: audited rows and rows with domain events are saved through the context, not inserted in bulk.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk inserts run in the transaction of the command (ITransactionalCommand): without one a failure would leave part of the rows.");
        }

        if (!db.Database.IsNpgsql() && !db.Database.IsSqlite())
        {
            db.AddRange(rows);
            return;
        }

        var table = BulkTable.Of(db, typeof(T));
        try
        {
            if (db.Database.IsNpgsql())
            {
                await CopyAsync(table, rows, cancellationToken);
            }
            else
            {
                await InsertEachAsync(table, rows, cancellationToken);
            }
        }
        catch (DbException ex) when (db.IsUniqueViolation(ex))
        {
            throw new ConflictException(ErrorCodes.Persistence.RecordExists, ex);
        }

        await publicCache.WrittenAsync(db, typeof(T), cancellationToken);
    }

    /// <summary>
    /// PostgreSQL's binary COPY on the context's connection, which puts the rows in the transaction open on it. Each
    /// value is written as its column's store type (the type mapping's, without facets: numeric(18,6) is written as
    /// numeric and the column's scale applies, as on an INSERT).
    /// </summary>
    private async Task CopyAsync<T>(BulkTable table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : BaseEntity
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, column.Mapping.StoreTypeNameBase, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>SQLite runs in the process: one prepared INSERT stepped once a row costs what a multi-row statement would.</summary>
    private async Task InsertEachAsync<T>(BulkTable table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : BaseEntity
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i, null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>An entity's table and the columns an insert writes (computed columns are the database's), delimited for its SQL.</summary>
internal sealed record BulkTable(string Name, string ColumnList, IReadOnlyList<BulkColumn> Columns)
{
    public static BulkTable Of(DbContext context, Type clrType)
    {
        var entityType = context.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        if (entityType.GetTableName() is not { } tableName || entityType.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{clrType.Name} is not a table of its own with every column on the entity: insert it through the context.");
        }

        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetComputedColumnSql(table) is null)
            .Select(p => new BulkColumn(sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetGetter(), (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        return new BulkTable(sql.DelimitIdentifier(tableName, entityType.GetSchema()), string.Join(", ", columns.Select(c => c.Name)), columns);
    }
}

internal sealed record BulkColumn(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
{
    /// <summary>The value as the provider stores it: through the mapping's converter (enums as text, SQLite's ticks), as EF's parameters are.</summary>
    public object? ProviderValue(object entity) =>
        Getter.GetClrValueUsingContainingEntity(entity) is { } value ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value : null;
}
