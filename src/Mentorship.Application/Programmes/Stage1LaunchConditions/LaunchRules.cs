using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions;

internal static class LaunchRules
{
    /// <summary>A person named in the programme must be one the caller can see; otherwise it is reported on the field.</summary>
    public static async Task EnsurePersonAsync(IApplicationDbContext db, Guid? personId, CancellationToken cancellationToken)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id && !p.IsAnonymised, cancellationToken))
        {
            throw new ValidationException("personId", Texts.NotFound(nameof(Person), id));
        }
    }
}
