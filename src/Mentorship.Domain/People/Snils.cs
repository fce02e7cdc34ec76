using System.Diagnostics.CodeAnalysis;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// Insurance number of an individual personal account (СНИЛС): 9 digits of the number and 2 control digits, written
/// «XXX-XXX-XXX YY». Kept as 11 digits. Personal data: never exported, never in a public or list response.
/// </summary>
public sealed record Snils
{
    public const int Length = 11;

    /// <summary>The control number is checked only for numbers above 001-001-998 (the Pension Fund's rule).</summary>
    public const int LastUncheckedNumber = 1001998;

    private Snils(string value) => Value = value;

    /// <summary>The 11 digits, without separators.</summary>
    public string Value { get; }

    /// <summary>Digits with the usual separators (spaces, hyphens) removed; null when anything else is in the way.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = value.Where(c => c is not (' ' or '-')).ToArray();
        return digits.Length == Length && digits.All(char.IsAsciiDigit) ? new string(digits) : null;
    }

    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        var digits = Normalize(value);
        if (digits is null)
        {
            return false;
        }

        var number = int.Parse(digits.AsSpan(0, 9), System.Globalization.CultureInfo.InvariantCulture);
        var control = int.Parse(digits.AsSpan(9, 2), System.Globalization.CultureInfo.InvariantCulture);
        return number <= LastUncheckedNumber || ControlNumber(digits) == control;
    }

    public static Snils Create(string? value) =>
        IsValid(value) ? new Snils(Normalize(value)!) : throw new DomainException(ErrorCodes.Snils.Invalid, "snils");

    /// <summary>
    /// The control number: each of the 9 digits times its position counted from the right (9 … 1), summed; a sum under
    /// 100 is the control number itself, 100 and 101 give 00, and a larger sum is taken modulo 101 with the same rule.
    /// </summary>
    public static int ControlNumber(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }

        if (sum > 101)
        {
            sum %= 101;
        }

        return sum is 100 or 101 ? 0 : sum;
    }

    /// <summary>«XXX-XXX-XXX YY», as printed on the insurance certificate.</summary>
    public override string ToString() => $"{Value[..3]}-{Value[3..6]}-{Value[6..9]} {Value[9..]}";
}
