namespace Mentorship.Domain.Common;

/// <summary>Numeric and date checks of input (string checks are in <see cref="Guard"/>).</summary>
internal static class Check
{
    public static int InRange(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new DomainException($"'{field}' must be between {min} and {max}.", field);
        }

        return value;
    }

    public static int? InRange(int? value, int min, int max, string field) =>
        value is { } v ? InRange(v, min, max, field) : null;

    public static decimal InRange(decimal value, decimal min, decimal max, string field)
    {
        if (value < min || value > max)
        {
            throw new DomainException($"'{field}' must be between {min} and {max}.", field);
        }

        return value;
    }

    public static int Positive(int value, string field)
    {
        if (value <= 0)
        {
            throw new DomainException($"'{field}' must be positive.", field);
        }

        return value;
    }

    public static DateOnly? NotBefore(DateOnly? value, DateOnly start, string field)
    {
        if (value < start)
        {
            throw new DomainException($"'{field}' cannot be before {start:yyyy-MM-dd}.", field);
        }

        return value;
    }

    public static Guid NotEmpty(Guid value, string field)
    {
        if (value == Guid.Empty)
        {
            throw new DomainException($"'{field}' must be given.", field);
        }

        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException($"'{value}' is not a valid value of '{field}'.", field);
        }

        return value;
    }
}
