namespace Mentorship.Domain.Common;

/// <summary>Numeric and date checks of input (string checks are in <see cref="Guard"/>).</summary>
internal static class Check
{
    public static int InRange(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new DomainException(ErrorCodes.Validation.OutOfRange, field, field, min, max);
        }

        return value;
    }

    public static int? InRange(int? value, int min, int max, string field) =>
        value is { } v ? InRange(v, min, max, field) : null;

    public static decimal InRange(decimal value, decimal min, decimal max, string field)
    {
        if (value < min || value > max)
        {
            throw new DomainException(ErrorCodes.Validation.OutOfRange, field, field, min, max);
        }

        return value;
    }

    public static int Positive(int value, string field)
    {
        if (value <= 0)
        {
            throw new DomainException(ErrorCodes.Validation.NotPositive, field, field);
        }

        return value;
    }

    public static DateOnly? NotBefore(DateOnly? value, DateOnly start, string field)
    {
        if (value < start)
        {
            throw new DomainException(ErrorCodes.Validation.TooEarly, field, field, start);
        }

        return value;
    }

    public static Guid NotEmpty(Guid value, string field)
    {
        if (value == Guid.Empty)
        {
            throw new DomainException(ErrorCodes.Validation.Required, field, field);
        }

        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException(ErrorCodes.Validation.InvalidValue, field, field, value);
        }

        return value;
    }
}
