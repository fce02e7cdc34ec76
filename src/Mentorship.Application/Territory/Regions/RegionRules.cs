using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Regions;

internal static class RegionRules
{
    public static void AgeBand<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> from, System.Linq.Expressions.Expression<Func<T, int?>> to)
    {
        validator.RuleFor(from).InclusiveBetween(5, 18);
        validator.RuleFor(to).InclusiveBetween(10, 21);
        var fromValue = from.Compile();
        var toValue = to.Compile();
        validator.RuleFor(to)
            .Must((command, value) => fromValue(command) is not { } f || value is not { } t || f <= t)
            .WithMessage(_ => Texts.Pick("Верхняя граница возраста не может быть меньше нижней.", "The upper age must not be below the lower one."));
    }

    public static async Task EnsureCodeIsFree(IApplicationDbContext db, string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Regions.AnyAsync(r => r.Code == code && r.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Регион с кодом", "A region with code"), code), "code");
        }
    }
}
