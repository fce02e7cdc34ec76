using Mentorship.Application.Common.Exceptions;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Models;

/// <summary>An update that carries the version the caller last saw (the If-Match ETag), when it sent one.</summary>
public interface IVersionedCommand
{
    Guid Id { get; }

    long? ExpectedVersion { get; }
}

public static class VersioningExtensions
{
    /// <summary>
    /// Loads an aggregate for an update: 404 when missing, 412 when the caller's version is stale. A concurrent
    /// writer between this read and the save is caught by the version column itself.
    /// </summary>
    public static async Task<T> FindVersionedAsync<T>(this IQueryable<T> set, Guid id, long? expectedVersion, CancellationToken cancellationToken)
        where T : AuditableEntity
    {
        var entity = await set.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
                     ?? throw new NotFoundException(typeof(T).Name, id);
        if (expectedVersion is { } expected && expected != entity.Version)
        {
            throw new PreconditionFailedException();
        }

        return entity;
    }
}
