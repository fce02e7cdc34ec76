using System.Text.Json;
using System.Text.RegularExpressions;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Patterns match subclasses too. Anything
/// unexpected is a 500 with a trace id and, outside Development, nothing of the internals.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetailsService, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation.Errors),
            DomainConflictException domainConflict => Conflict(new ConflictException(domainConflict.Message, domainConflict.Field ?? "status")),
            DomainException { Field: { } field } domain => Validation(new Dictionary<string, string[]> { [field] = [domain.Message] }),
            DomainException domain => Problem(StatusCodes.Status400BadRequest, Texts.Pick("Неверный запрос", "Bad request"), domain.Message),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, Texts.Pick("Не найдено", "Not found"), notFound.Message),
            ConflictException conflict => Conflict(conflict),
            PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, Texts.Pick("Версия устарела", "Precondition failed"), stale.Message),
            ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, Texts.Pick("Доступ запрещён", "Forbidden"), forbidden.Message),
            UnauthorizedAccessException => Problem(StatusCodes.Status401Unauthorized, Texts.Pick("Требуется вход", "Unauthorized"), null),
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

    public static string? TitleOf(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => Texts.Pick("Требуется вход", "Unauthorized"),
        StatusCodes.Status403Forbidden => Texts.Pick("Доступ запрещён", "Forbidden"),
        StatusCodes.Status404NotFound => Texts.Pick("Не найдено", "Not found"),
        StatusCodes.Status405MethodNotAllowed => Texts.Pick("Метод не поддерживается", "Method not allowed"),
        _ => null,
    };

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = Texts.Pick("Данные запроса не прошли проверку", "One or more validation errors occurred"),
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };

    private static ProblemDetails Problem(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = status switch
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
        },
    };

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status409Conflict, Texts.Pick("Конфликт с текущим состоянием", "Conflict"), conflict.Message);
        if (conflict.Field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [conflict.Field] = [conflict.Message] };
        }

        foreach (var (name, value) in conflict.Extensions)
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
                return Problem(415, Texts.Pick("Неподдерживаемый тип содержимого", "Unsupported media type"),
                    Texts.Pick("Тело запроса должно быть в формате application/json.", "The request body must be application/json."));
            case StatusCodes.Status413PayloadTooLarge:
                return Problem(413, Texts.Pick("Слишком большой запрос", "Payload too large"),
                    Texts.Pick("Тело запроса превышает допустимый размер.", "The request body exceeds the allowed size."));
            case not StatusCodes.Status400BadRequest:
                return Problem(exception.StatusCode, Texts.Pick("Неверный запрос", "Bad request"), exception.Message);
        }

        if (exception.InnerException is JsonException json)
        {
            var unmapped = UnmappedMember().Match(json.Message);
            if (unmapped.Success)
            {
                var name = unmapped.Groups["name"].Value;
                return Validation(new Dictionary<string, string[]>
                {
                    [name] = [Texts.Pick("Поле не предусмотрено этим запросом.", "This request has no such field.")],
                });
            }

            var field = JsonPathToField(json.Path);
            var message = json.Path is null or "$"
                ? Texts.Pick("Тело запроса не является корректным JSON.", "The request body is not valid JSON.")
                : Texts.Pick("Недопустимое значение поля.", "The value is not valid for this field.");
            return Validation(new Dictionary<string, string[]> { [field] = [message] });
        }

        var parameter = ParameterName().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            name = char.ToLowerInvariant(name[0]) + name[1..];
            var missingBody = exception.Message.Contains("from body", StringComparison.Ordinal) || exception.Message.Contains("no body", StringComparison.Ordinal);
            return missingBody
                ? Validation(new Dictionary<string, string[]> { ["body"] = [Texts.Pick("Тело запроса обязательно.", "A request body is required.")] })
                : Validation(new Dictionary<string, string[]> { [name] = [Texts.Pick("Недопустимое значение параметра.", "The value is not valid for this parameter.")] });
        }

        return Problem(400, Texts.Pick("Неверный запрос", "Bad request"), exception.Message);
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
        return Problem(StatusCodes.Status503ServiceUnavailable, Texts.Pick("Сервис временно недоступен", "Service unavailable"),
            Texts.Pick("База данных временно недоступна; повторите запрос позже (см. Retry-After).", "The database is unavailable for now; retry later (see Retry-After)."));
    }

    private ProblemDetails Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception");
        return Problem(StatusCodes.Status500InternalServerError, Texts.Pick("Внутренняя ошибка сервера", "An unexpected error occurred"),
            environment.IsDevelopment() ? exception.ToString() : null);
    }

    // "The JSON property 'role' could not be mapped to any .NET member contained in type …"
    [GeneratedRegex("JSON property '(?<name>[^']+)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    // "Failed to bind parameter "int page" from "abc"." / "Required parameter "Guid id" was not provided …"
    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
