using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

internal static class PersonRules
{
    public static PersonName Name(IPersonFields fields) => new(fields.LastName!, fields.FirstName!, fields.MiddleName);

    /// <summary>A person can only be put in an organisation the caller sees; another one is reported as not found.</summary>
    public static async Task EnsureOrganizationInScope(IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            throw new ValidationException("organizationId", Texts.NotFound(nameof(Organization), organizationId));
        }
    }
}
