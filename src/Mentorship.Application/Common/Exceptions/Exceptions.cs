using FluentValidation.Results;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Common.Exceptions;

/// <summary>
/// One wrong input: the field (camelCase JSON path), the stable code of the rule, and either the text already made
/// (FluentValidation's own, for its built-in rules) or the arguments the message catalogue formats the code's text with.
/// </summary>
public sealed record FieldError(string Field, string Code, string? Message = null, IReadOnlyList<object?>? Arguments = null);

/// <summary>Input is invalid: field errors with their codes. Becomes 400.</summary>
public class ValidationException : Exception
{
    public ValidationException()
        : base(ErrorCodes.Validation.Failed)
    {
        FieldErrors = [];
    }

    public ValidationException(string message)
        : base(message)
    {
        FieldErrors = [];
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        FieldErrors = [];
    }

    public ValidationException(IEnumerable<FieldError> errors)
        : this()
    {
        FieldErrors = errors.ToList();
    }

    /// <summary>FluentValidation's failures: built-in rules keep their own (translated) text under a generic code.</summary>
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this(failures.Select(ValidationCodes.ToFieldError))
    {
    }

    public ValidationException(string field, string code, params object?[] arguments)
        : this([new FieldError(field, code, null, arguments)])
    {
    }

    public IReadOnlyList<FieldError> FieldErrors { get; }
}

/// <summary>Maps FluentValidation's built-in validators onto the catalogue's generic validation codes.</summary>
public static class ValidationCodes
{
    public static FieldError ToFieldError(ValidationFailure failure)
    {
        var code = failure.ErrorCode ?? string.Empty;
        if (!code.EndsWith("Validator", StringComparison.Ordinal))
        {
            // A rule of ours (WithErrorCode): the catalogue gives its text.
            return new FieldError(failure.PropertyName, code, null, failure.CustomState as object?[] ?? []);
        }

        return new FieldError(failure.PropertyName, BuiltIn(code), failure.ErrorMessage);
    }

    public static string BuiltIn(string validator) => validator switch
    {
        "NotEmptyValidator" or "NotNullValidator" => ErrorCodes.Validation.Required,
        "MaximumLengthValidator" or "LengthValidator" or "MinimumLengthValidator" or "ExactLengthValidator" => ErrorCodes.Validation.TooLong,
        "GreaterThanValidator" or "GreaterThanOrEqualValidator" or "LessThanValidator" or "LessThanOrEqualValidator"
            or "InclusiveBetweenValidator" or "ExclusiveBetweenValidator" => ErrorCodes.Validation.OutOfRange,
        _ => ErrorCodes.Validation.InvalidValue,
    };
}

/// <summary>The record does not exist, or lies outside the caller's scope. Becomes 404.</summary>
public class NotFoundException : Exception
{
    public NotFoundException()
        : base(ErrorCodes.Common.NotFound)
    {
        Entity = string.Empty;
    }

    public NotFoundException(string message)
        : base(message)
    {
        Entity = string.Empty;
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Entity = string.Empty;
    }

    public NotFoundException(string entity, object key)
        : base($"{ErrorCodes.Common.NotFound} ({entity} {key})")
    {
        Entity = entity;
        Key = key;
    }

    /// <summary>The entity's type name (Region, Programme…); the catalogue has its title.</summary>
    public string Entity { get; }

    public object? Key { get; }

#pragma warning disable CA1822 // an instance member, as on every exception the problem handler reads a code from
    public string Code => ErrorCodes.Common.NotFound;
#pragma warning restore CA1822
}

/// <summary>The request conflicts with the current state (a duplicate, an unmet gate). Becomes 409.</summary>
public class ConflictException : Exception
{
    public ConflictException()
        : this(ErrorCodes.Common.Conflict)
    {
    }

    public ConflictException(string code)
        : this(code, (string?)null)
    {
    }

    public ConflictException(string code, Exception innerException)
        : base(code, innerException)
    {
        Code = code;
        Arguments = [];
    }

    public ConflictException(string code, string? field, params object?[] arguments)
        : base(code)
    {
        Code = code;
        Field = field;
        Arguments = arguments;
    }

    public string Code { get; }

    public string? Field { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Members added to the problem details, e.g. the checklist of an unmet stage gate.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>The caller is known but may not do this. Becomes 403.</summary>
public class ForbiddenAccessException : Exception
{
    public ForbiddenAccessException()
        : this(ErrorCodes.Common.Forbidden)
    {
    }

    public ForbiddenAccessException(string code)
        : base(code)
    {
        Code = code;
    }

    public ForbiddenAccessException(string code, Exception innerException)
        : base(code, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}

/// <summary>The If-Match version is not the stored one: somebody changed the record meanwhile. Becomes 412.</summary>
public class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base(ErrorCodes.Common.StaleVersion)
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

#pragma warning disable CA1822 // an instance member, as on every exception the problem handler reads a code from
    public string Code => ErrorCodes.Common.StaleVersion;
#pragma warning restore CA1822
}
