using FluentValidation.Results;

namespace Mentorship.Application.Common.Exceptions;

/// <summary>Input is invalid: field (camelCase JSON path) → messages. Becomes 400 with field errors.</summary>
public class ValidationException : Exception
{
    public ValidationException()
        : base("One or more validation failures have occurred.")
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this()
    {
        Errors = failures
            .GroupBy(e => e.PropertyName, e => e.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(IDictionary<string, string[]> errors)
        : this()
    {
        Errors = errors;
    }

    public ValidationException(string field, string message)
        : this()
    {
        Errors = new Dictionary<string, string[]> { [field] = [message] };
    }

    public IDictionary<string, string[]> Errors { get; }
}

/// <summary>The record does not exist, or lies outside the caller's scope. Becomes 404.</summary>
public class NotFoundException : Exception
{
    public NotFoundException()
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotFoundException(string entity, object key)
        : base(Texts.NotFound(entity, key))
    {
    }
}

/// <summary>The request conflicts with the current state (a duplicate, an unmet gate). Becomes 409.</summary>
public class ConflictException : Exception
{
    public ConflictException()
    {
    }

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConflictException(string message, string field)
        : base(message)
    {
        Field = field;
    }

    public string? Field { get; }

    /// <summary>Members added to the problem details, e.g. the checklist of an unmet stage gate.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>The caller is known but may not do this. Becomes 403.</summary>
public class ForbiddenAccessException : Exception
{
    public ForbiddenAccessException()
        : base(Texts.Forbidden)
    {
    }

    public ForbiddenAccessException(string message)
        : base(message)
    {
    }

    public ForbiddenAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The If-Match version is not the stored one: somebody changed the record meanwhile. Becomes 412.</summary>
public class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base(Texts.StaleVersion)
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
