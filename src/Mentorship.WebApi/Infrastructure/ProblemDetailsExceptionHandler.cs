using System.Text.Json;
using System.Text.RegularExpressions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Every problem carries the stable <c>code</c> of
/// the rule that refused the request (and each field error its code, in <c>errorCodes</c>), with the text from the
/// message catalogue in the caller's language. Patterns match subclasses too. Anything unexpected is a 500 with a
/// trace id and, outside Development, nothing of the internals.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetailsService, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public const string CodeMember = "code";
    public const string ErrorCodesMember = "errorCodes";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation.FieldErrors),
            DomainConflictException domainConflict => Conflict(domainConflict.Code, domainConflict.Field ?? "status", domainConflict.Arguments, null),
            DomainException { Field: { } field } domain => Validation([new FieldError(field, domain.Code, null, domain.Arguments)]),
            DomainException domain => Problem(StatusCodes.Status400BadRequest, domain.Code, Catalogue.Error(domain.Code, domain.Arguments)),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound.Code, NotFoundText(notFound)),
            ConflictException conflict => Conflict(conflict.Code, conflict.Field, conflict.Arguments, conflict.Extensions),
            PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, stale.Code, Catalogue.Error(stale.Code)),
            ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden.Code, Catalogue.Error(forbidden.Code)),
            UnauthorizedAccessException => Problem(StatusCodes.Status401Unauthorized, ErrorCodes.Common.Unauthorized, null),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when OutageLimits.IsOutage(exception) => Unavailable(httpContext, exception),
            _ => Unexpected(exception),
        };

        if (problem is null)
        {
            return true;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>What a 503 asks the caller to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The title of a status in the caller's language, for problems made without an exception (status pages).</summary>
    public static string? TitleOf(int? status) => status is { } s && Catalogue.Texts[$"problem.{s}"] is { ResourceNotFound: false } title ? title.Value : null;

    /// <summary>The code of a problem made without an exception (no route, no method, no caller), by its status.</summary>
    public static string? CodeOf(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorCodes.Common.Unauthorized,
        StatusCodes.Status403Forbidden => ErrorCodes.Common.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.Common.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.Common.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.Common.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.Common.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCodes.Common.TooManyRequests,
        StatusCodes.Status500InternalServerError => ErrorCodes.Common.Unexpected,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.Common.ServiceUnavailable,
        _ => null,
    };

    private static string NotFoundText(NotFoundException notFound) => notFound.Entity.Length == 0
        ? Catalogue.Error(notFound.Message)
        : Catalogue.Error(notFound.Code, [Catalogue.Entity(notFound.Entity), notFound.Key]);

    /// <summary>
    /// 400 with field errors: <c>errors</c> maps each field to its messages (as ASP.NET Core writes them) and
    /// <c>errorCodes</c> maps it to the codes, in the same order.
    /// </summary>
    private static HttpValidationProblemDetails Validation(IReadOnlyList<FieldError> errors)
    {
        var texts = errors.Select(e => (e.Field, e.Code, Text: e.Message ?? FieldText(e))).ToList();
        var problem = new HttpValidationProblemDetails(texts.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Text).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Catalogue.Text("problem.400.validation"),
            Type = TypeOf(StatusCodes.Status400BadRequest),
        };
        problem.Extensions[CodeMember] = ErrorCodes.Validation.Failed;
        problem.Extensions[ErrorCodesMember] = texts.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => KnownCode(e.Code)).Distinct().ToArray());
        return problem;
    }

    // A domain or handler refusal names the field; the catalogue's generic texts take the field as their first argument.
    private static string FieldText(FieldError error) =>
        Catalogue.Error(error.Code, error.Arguments is { Count: > 0 } arguments ? arguments : [error.Field]);

    /// <summary>A code the catalogue does not know (a message passed where a code belongs) is reported as a generic one.</summary>
    private static string KnownCode(string code) => Catalogue.HasError(code) ? code : ErrorCodes.Validation.InvalidValue;

    private static ProblemDetails Problem(int status, string code, string? detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Detail = detail,
            Type = TypeOf(status),
        };
        problem.Extensions[CodeMember] = Catalogue.HasError(code) ? code : CodeOf(status) ?? ErrorCodes.Common.InvalidRequest;
        return problem;
    }

    private static string TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };

    private static ProblemDetails Conflict(string code, string? field, IReadOnlyList<object?> arguments, IDictionary<string, object?>? extensions)
    {
        var text = Catalogue.Error(code, arguments);
        var problem = Problem(StatusCodes.Status409Conflict, code, text);
        if (Catalogue.HasError(code) is false)
        {
            problem.Extensions[CodeMember] = ErrorCodes.Common.Conflict;
        }

        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [text] };
            problem.Extensions[ErrorCodesMember] = new Dictionary<string, string[]> { [field] = [(string)problem.Extensions[CodeMember]!] };
        }

        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    /// <summary>Binding failures of the framework: wrong media type, body too large, malformed JSON, a bad parameter.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        switch (exception.StatusCode)
        {
            case StatusCodes.Status415UnsupportedMediaType:
                return Problem(415, ErrorCodes.Common.UnsupportedMediaType, Catalogue.Error(ErrorCodes.Common.UnsupportedMediaType));
            case StatusCodes.Status413PayloadTooLarge:
                return Problem(413, ErrorCodes.Common.PayloadTooLarge, Catalogue.Error(ErrorCodes.Common.PayloadTooLarge));
            case not StatusCodes.Status400BadRequest:
                return Problem(exception.StatusCode, ErrorCodes.Common.InvalidRequest, exception.Message);
        }

        if (exception.InnerException is JsonException json)
        {
            var unmapped = UnmappedMember().Match(json.Message);
            if (unmapped.Success)
            {
                return Validation([new FieldError(unmapped.Groups["name"].Value, ErrorCodes.Validation.UnknownField, Catalogue.Error(ErrorCodes.Validation.UnknownField))]);
            }

            var field = JsonPathToField(json.Path);
            return json.Path is null or "$"
                ? Validation([new FieldError(field, ErrorCodes.Validation.InvalidJson, Catalogue.Error(ErrorCodes.Validation.InvalidJson))])
                : Validation([new FieldError(field, ErrorCodes.Validation.InvalidValue, Catalogue.Text("problem.field.invalid"))]);
        }

        var parameter = ParameterName().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            name = char.ToLowerInvariant(name[0]) + name[1..];
            var missingBody = exception.Message.Contains("from body", StringComparison.Ordinal) || exception.Message.Contains("no body", StringComparison.Ordinal);
            return missingBody
                ? Validation([new FieldError("body", ErrorCodes.Validation.BodyRequired, Catalogue.Error(ErrorCodes.Validation.BodyRequired))])
                : Validation([new FieldError(name, ErrorCodes.Validation.InvalidParameter, Catalogue.Error(ErrorCodes.Validation.InvalidParameter))]);
        }

        return Problem(400, ErrorCodes.Common.InvalidRequest, exception.Message);
    }

    private static string JsonPathToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    /// <summary>The database is down or not answering: a 503 the caller may retry, not a 500 (nor a hanging request).</summary>
    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning(exception, "The database is unavailable");
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Common.ServiceUnavailable, Catalogue.Error(ErrorCodes.Common.ServiceUnavailable));
    }

    private ProblemDetails Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception");
        return Problem(StatusCodes.Status500InternalServerError, ErrorCodes.Common.Unexpected, environment.IsDevelopment() ? exception.ToString() : null);
    }

    // "The JSON property 'role' could not be mapped to any .NET member contained in type …"
    [GeneratedRegex("JSON property '(?<name>[^']+)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    // "Failed to bind parameter "int page" from "abc"." / "Required parameter "Guid id" was not provided …"
    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
