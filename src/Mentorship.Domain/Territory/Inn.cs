using System.Diagnostics.CodeAnalysis;

namespace Mentorship.Domain.Territory;

/// <summary>
/// Taxpayer number (ИНН): 10 digits for a legal entity, 12 for an individual entrepreneur, each with the
/// check digits of the Federal Tax Service algorithm.
/// </summary>
public sealed record Inn
{
    private static readonly int[] Weights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12First = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12Second = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    private Inn(string value) => Value = value;

    public string Value { get; }

    public bool IsIndividual => Value.Length == 12;

    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (value is not { Length: 10 or 12 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = value.Select(c => c - '0').ToArray();
        return digits.Length == 10
            ? CheckDigit(digits, Weights10) == digits[9]
            : CheckDigit(digits, Weights12First) == digits[10] && CheckDigit(digits, Weights12Second) == digits[11];
    }

    public static Inn Create(string? value) =>
        IsValid(value?.Trim()) ? new Inn(value!.Trim()) : throw new Common.DomainException(Common.ErrorCodes.Organization.InvalidInn, "inn");

    public override string ToString() => Value;

    private static int CheckDigit(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        return sum % 11 % 10;
    }
}
