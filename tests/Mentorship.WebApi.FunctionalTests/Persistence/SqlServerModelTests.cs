using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Mentorship.WebApi.FunctionalTests.Persistence;

/// <summary>
/// No SQL Server runs here, so its provider is kept honest another way: the migration script EF generates for it
/// must parse as T-SQL, and the model must avoid what SQL Server refuses.
/// </summary>
public sealed class SqlServerModelTests
{
    // SQL Server's limits on a nonclustered index key, and on a clustered one (the primary key).
    private const int MaxNonclusteredKeyBytes = 1700;
    private const int MaxClusteredKeyBytes = 900;

    private static SqlServerApplicationDbContext CreateContext() => new(
        new DbContextOptionsBuilder<SqlServerApplicationDbContext>()
            .UseSqlServer("Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);


    [Test]
    public void The_migration_script_parses_as_tsql_without_errors()
    {
        using var context = CreateContext();
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").Should().BeEmpty();
        script.Should().Contain("CREATE TABLE [Organizations]");
    }

    [Test]
    public void No_table_is_reached_by_more_than_one_cascade_path()
    {
        using var context = CreateContext();
        var cascades = context.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();

        var problems = new List<string>();
        foreach (var start in cascades.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            Walk(start, [start]);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{start} → {p.Key}: {p.Value} cascade paths"));

            void Walk(string table, HashSet<string> visited)
            {
                foreach (var next in cascades.Where(c => c.From == table).Select(c => c.To))
                {
                    if (!visited.Add(next))
                    {
                        problems.Add($"cascade cycle through {next}");
                        continue;
                    }

                    paths[next] = paths.GetValueOrDefault(next) + 1;
                    Walk(next, visited);
                    visited.Remove(next);
                }
            }
        }

        problems.Distinct().Should().BeEmpty();
    }

    [Test]
    public void Every_indexed_string_is_bounded_and_every_index_key_fits()
    {
        using var context = CreateContext();
        var problems = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var indexes = entity.GetIndexes().Select(i => (Name: i.GetDatabaseName() ?? "?", i.Properties, Clustered: false))
                .Concat(entity.GetKeys().Select(k => (Name: k.GetName() ?? "?", k.Properties, Clustered: k.IsPrimaryKey())))
                .Concat(entity.GetForeignKeys().Select(fk => (Name: fk.GetConstraintName() ?? "?", fk.Properties, Clustered: false)));
            foreach (var (name, properties, clustered) in indexes)
            {
                var bytes = 0;
                foreach (var property in properties)
                {
                    var columnType = property.GetColumnType();
                    if (columnType.Contains("max", StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"{entity.DisplayName()}.{property.Name} is {columnType} and indexed by {name}");
                    }

                    bytes += KeyBytes(property, columnType);
                }

                var limit = clustered ? MaxClusteredKeyBytes : MaxNonclusteredKeyBytes;
                if (bytes > limit)
                {
                    problems.Add($"{name} on {entity.DisplayName()} has a {bytes}-byte key (limit {limit})");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    private static int KeyBytes(IProperty property, string columnType)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var providerType = property.GetTypeMapping().Converter?.ProviderClrType ?? type;
        if (providerType == typeof(string))
        {
            var length = property.GetMaxLength() ?? 4000;
            return columnType.StartsWith("n", StringComparison.OrdinalIgnoreCase) ? length * 2 : length;
        }

        return providerType == typeof(Guid) ? 16 : 8;
    }
}
