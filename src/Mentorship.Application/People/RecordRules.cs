using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

internal static class RecordRules
{
    public static async Task<Person> PersonAsync(IApplicationDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
                     ?? throw new NotFoundException(nameof(Person), personId);
        return person.IsAnonymised
            ? throw new ConflictException(Texts.Pick("Персональные данные удалены; новые сведения не принимаются.", "The person's data was erased; no new records are taken."))
            : person;
    }
}
