using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.People;

/// <summary>An optional СНИЛС: when given, 11 digits (separators allowed) with a correct control number.</summary>
internal static class SnilsRule
{
    public static IRuleBuilderOptions<T, string?> ValidSnils<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => string.IsNullOrWhiteSpace(s) || Snils.IsValid(s)).WithErrorCode(ErrorCodes.Snils.Invalid);
}
