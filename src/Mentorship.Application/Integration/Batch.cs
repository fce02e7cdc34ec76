using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration;

internal static class Batch
{
    public static string ClientId(ICurrentUser user) =>
        user.ClientId ?? throw new ForbiddenAccessException(ErrorCodes.Integration.ClientRequired);

    /// <summary>Which of the named organisations the caller may write to (the scope filter decides), archived ones excluded.</summary>
    public static async Task<HashSet<Guid>> VisibleOrganizationsAsync(IApplicationDbContext db, IEnumerable<Guid> organizationIds, CancellationToken cancellationToken)
    {
        var wanted = organizationIds.Distinct().ToList();
        return (await db.Organizations.Where(o => wanted.Contains(o.Id) && !o.IsArchived).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>The refusal of one row, at <c>items[index].field</c>.</summary>
    public static FieldError RowError(int index, string field, string code, params object?[] arguments) =>
        new($"items[{index}].{field}", code, null, arguments);

    /// <summary>A domain refusal of one row, at the field it names.</summary>
    public static FieldError RowError(int index, DomainException refusal, string field) =>
        RowError(index, field, refusal.Code, [.. refusal.Arguments]);

    /// <summary>A row names an organisation the caller may not write to: reported like a missing one.</summary>
    public static FieldError UnknownOrganization(int index, Guid? organizationId) =>
        RowError(index, "organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), organizationId);

    /// <summary>Refuses the whole batch if any row failed (nothing is saved), else saves it in one go.</summary>
    public static async Task<BatchResultDto> CommitAsync(IApplicationDbContext db, List<FieldError> errors, List<BatchRowResultDto> results, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BatchResultDto(results.Count(r => r.Outcome == RowOutcome.Created), results.Count(r => r.Outcome == RowOutcome.Updated), results);
    }
}
