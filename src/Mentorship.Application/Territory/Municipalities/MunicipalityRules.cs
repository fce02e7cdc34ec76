using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities;

internal static class MunicipalityRules
{
    public static string OktmoFormat => Texts.Pick("Код ОКТМО — 8 или 11 цифр.", "An OKTMO code is 8 or 11 digits.");

    public static async Task EnsureOktmoIsFree(IApplicationDbContext db, string oktmo, Guid? exceptId, CancellationToken cancellationToken)
    {
        var code = oktmo.Trim();
        if (await db.Municipalities.AnyAsync(m => m.Oktmo == code && m.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Муниципалитет с кодом ОКТМО", "A municipality with OKTMO"), code), "oktmo");
        }
    }
}
