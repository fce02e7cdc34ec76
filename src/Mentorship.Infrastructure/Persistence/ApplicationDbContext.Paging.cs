using Mentorship.Application.Common.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mentorship.Infrastructure.Persistence;

public abstract partial class ApplicationDbContext
{
    /// <summary>
    /// One scan per page: <see cref="WindowPaging.TotalCount"/> becomes the count of the matching rows as a window
    /// (COUNT_BIG on SQL Server, whose COUNT is an int).
    /// </summary>
    private void MapWindowCount(ModelBuilder modelBuilder)
    {
        var sql = Database.IsSqlServer() ? "COUNT_BIG(*) OVER ()" : "COUNT(*) OVER ()";
        modelBuilder.HasDbFunction(typeof(WindowPaging).GetMethod(nameof(WindowPaging.TotalCount))!)
            .HasTranslation(_ => new SqlFragmentExpression(sql, typeof(long), LongTypeMapping.Default));
    }
}
