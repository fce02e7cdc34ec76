namespace Mentorship.Domain.Common;

/// <summary>A domain rule was broken. <see cref="Field"/> names the input at fault, when there is one.</summary>
public class DomainException : Exception
{
    public DomainException(string message, string? field = null)
        : base(message)
    {
        Field = field;
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Field { get; }
}
