using System.Diagnostics.CodeAnalysis;

namespace Mentorship.Domain.Territory;

/// <summary>
/// OKTMO code (Общероссийский классификатор территорий муниципальных образований): 8 digits for a
/// municipal formation, 11 for a settlement inside it.
/// </summary>
public sealed record Oktmo
{
    private Oktmo(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid([NotNullWhen(true)] string? value) =>
        value is { Length: 8 or 11 } && value.All(char.IsAsciiDigit);

    public static Oktmo Create(string? value) =>
        IsValid(value?.Trim()) ? new Oktmo(value!.Trim()) : throw new Common.DomainException(Common.ErrorCodes.Municipality.InvalidOktmo, "oktmo");

    public override string ToString() => Value;
}
