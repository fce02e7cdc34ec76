namespace Mentorship.Domain.Common;

internal static class Guard
{
    public static string NotBlank(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(ErrorCodes.Validation.Required, field, field);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException(ErrorCodes.Validation.TooLong, field, field, maxLength);
        }

        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return NotBlank(value, field, maxLength);
    }

    public static int NotNegative(int value, string field)
    {
        if (value < 0)
        {
            throw new DomainException(ErrorCodes.Validation.Negative, field, field);
        }

        return value;
    }
}
