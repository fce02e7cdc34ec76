using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration;

internal static class Batch
{
    public static string ClientId(ICurrentUser user) =>
        user.ClientId ?? throw new Common.Exceptions.ForbiddenAccessException(Texts.Pick("Запрос должен исходить от интеграционного клиента.", "The caller must be an integration client."));

    /// <summary>Which of the named organisations the caller may write to (the scope filter decides), archived ones excluded.</summary>
    public static async Task<HashSet<Guid>> VisibleOrganizationsAsync(IApplicationDbContext db, IEnumerable<Guid> organizationIds, CancellationToken cancellationToken)
    {
        var wanted = organizationIds.Distinct().ToList();
        return (await db.Organizations.Where(o => wanted.Contains(o.Id) && !o.IsArchived).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Refuses the whole batch if any row failed (nothing is saved), else saves it in one go.</summary>
    public static async Task<BatchResultDto> CommitAsync(IApplicationDbContext db, Dictionary<string, string[]> errors, List<BatchRowResultDto> results, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BatchResultDto(results.Count(r => r.Outcome == RowOutcome.Created), results.Count(r => r.Outcome == RowOutcome.Updated), results);
    }
}
