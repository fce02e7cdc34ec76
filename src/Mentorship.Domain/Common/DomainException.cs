namespace Mentorship.Domain.Common;

/// <summary>
/// A domain rule was broken. <see cref="Code"/> is the rule's stable code (see <see cref="ErrorCodes"/>), which
/// clients branch on and the message catalogue turns into Russian or English text with <see cref="Arguments"/>;
/// <see cref="Field"/> names the input at fault, when there is one.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string? field = null, params object?[] arguments)
        : base(Describe(code, arguments))
    {
        Code = code;
        Field = field;
        Arguments = arguments;
    }

    public DomainException()
        : this(ErrorCodes.Common.InvalidRequest)
    {
    }

    public DomainException(string code, Exception innerException)
        : base(code, innerException)
    {
        Code = code;
        Arguments = [];
    }

    public string Code { get; }

    public string? Field { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The same refusal, now naming <paramref name="field"/> (a member of a list, say) as the input at fault.</summary>
    public virtual DomainException AtField(string field) => new(Code, field, [.. Arguments]);

    private static string Describe(string code, object?[] arguments) =>
        arguments.Length == 0 ? code : $"{code} ({string.Join(", ", arguments)})";
}

/// <summary>
/// A rule about the current state was broken (a closed programme, an unmet gate, a decision already taken, a
/// missing consent, a full mentor): the input may be well-formed, the state refuses it. Becomes 409.
/// </summary>
public class DomainConflictException : DomainException
{
    public DomainConflictException(string code, string? field = null, params object?[] arguments)
        : base(code, field, arguments)
    {
    }

    public DomainConflictException()
        : this(ErrorCodes.Common.Conflict)
    {
    }

    public DomainConflictException(string code, Exception innerException)
        : base(code, innerException)
    {
    }

    public override DomainException AtField(string field) => new DomainConflictException(Code, field, [.. Arguments]);
}
