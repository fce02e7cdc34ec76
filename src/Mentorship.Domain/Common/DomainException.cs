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

/// <summary>
/// A rule about the current state was broken (a closed programme, an unmet gate, a decision already taken, a
/// missing consent, a full mentor): the input may be well-formed, the state refuses it. Becomes 409.
/// </summary>
public class DomainConflictException : DomainException
{
    public DomainConflictException(string message, string? field = null)
        : base(message, field)
    {
    }

    public DomainConflictException()
    {
    }

    public DomainConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
