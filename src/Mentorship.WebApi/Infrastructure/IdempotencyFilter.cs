using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Idempotency;
using Mentorship.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Idempotency-Key on POST (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): keyed by caller and key,
/// a retry with the same request gets the first response (status and body) and writes nothing twice; the same
/// key with another request is 422; a retry while the first is still running is 409. Keys expire after
/// <c>Integration:IdempotencyKeyHours</c> (24 by default). A request that fails leaves no record, so it can be retried.
/// A key is scoped to what sent it: the API key (not only its vendor) or the user.
/// <para>
/// A running request holds its key by a lease of <c>Integration:IdempotencyLeaseSeconds</c> (30 by default) that it
/// renews while it runs. A process killed mid-request cannot release the key nor renew the lease, so the key is
/// free again when the lease runs out instead of answering 409 until the key expires.
/// </para>
/// </summary>
public sealed class IdempotencyFilter(
    ApplicationDbContext db,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IConfiguration configuration,
    IOptions<JsonOptions> json,
    ILogger<IdempotencyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(key) || key.Length > IdempotencyRecord.KeyMaxLength)
        {
            throw new ValidationException(HeaderName, ErrorCodes.Idempotency.KeyRequired, HeaderName, IdempotencyRecord.KeyMaxLength);
        }

        var hash = await HashAsync(http.Request);
        var now = time.GetUtcNow();
        var lease = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Integration:IdempotencyLeaseSeconds", 30)));
        var record = new IdempotencyRecord
        {
            Caller = Scope(http.User),
            Key = key,
            RequestHash = hash,
            Path = http.Request.Path,
            State = IdempotencyState.InProgress,
            CreatedAt = now,

            // While in progress, the expiry is the lease: renewed as the request runs, extended to the key's life when it ends.
            ExpiresAt = now + lease,
        };

        var earlier = await ClaimAsync(record, http.RequestAborted);
        if (earlier is not null)
        {
            return Replay(earlier, hash);
        }

        object? result;
        using (var renewal = new CancellationTokenSource())
        {
            var renewing = RenewLeaseAsync(record.Id, lease, renewal.Token);
            try
            {
                result = await next(context);
            }
            catch (Exception ex)
            {
                logger.LogInformation("Request with Idempotency-Key {Key} failed ({Error}); its key is released", key, ex.GetType().Name);
                await renewal.CancelAsync();
                await renewing;
                await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteDeleteAsync(CancellationToken.None);
                throw;
            }

            await renewal.CancelAsync();
            await renewing;
        }

        record.ExpiresAt = time.GetUtcNow().AddHours(configuration.GetValue("Integration:IdempotencyKeyHours", 24));
        record.State = IdempotencyState.Completed;
        record.StatusCode = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        record.ContentType = "application/json";
        record.ResponseBody = result is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, json.Value.SerializerOptions) : null;
        record.Location = LocationOf(result);
        await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, record.State).SetProperty(r => r.StatusCode, record.StatusCode)
                .SetProperty(r => r.ContentType, record.ContentType).SetProperty(r => r.ResponseBody, record.ResponseBody)
                .SetProperty(r => r.Location, record.Location).SetProperty(r => r.ExpiresAt, record.ExpiresAt),
            CancellationToken.None);
        return result;
    }

    /// <summary>The Location of a Created or Accepted result (typed results carry it as a property of their own).</summary>
    private static string? LocationOf(object? result) =>
        result?.GetType().GetProperty(nameof(Microsoft.AspNetCore.Http.HttpResults.Accepted.Location))?.GetValue(result) as string;

    /// <summary>The owner of a key: an API key by its own id (two keys of one vendor never share responses), else the user.</summary>
    public static string Scope(System.Security.Claims.ClaimsPrincipal user)
    {
        var subject = user.FindFirst(MentorshipClaims.Subject)?.Value ?? "anonymous";
        return user.FindFirst(MentorshipClaims.ApiKeyId)?.Value is { } apiKey ? $"{subject}/key:{apiKey}" : subject;
    }

    /// <summary>
    /// Renews the lease of the running request every third of it, on a context of its own (the request's context
    /// is busy with the handler). Stops when the request ends.
    /// </summary>
    private async Task RenewLeaseAsync(Guid recordId, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                var until = time.GetUtcNow() + lease;
                await context.IdempotencyRecords.Where(r => r.Id == recordId && r.State == IdempotencyState.InProgress)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, until), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request ended: its outcome, not the lease, decides what happens to the key now.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The request itself goes on; if the lease lapses meanwhile, a retry may run it again, which the
            // upserts by external id make harmless.
            logger.LogWarning(ex, "The lease of an Idempotency-Key could not be renewed");
        }
    }

    /// <summary>Inserts the in-progress record; if the caller already used the key, returns that record instead.</summary>
    private async Task<IdempotencyRecord?> ClaimAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.IdempotencyRecords.Where(r => r.Caller == record.Caller && r.Key == record.Key && r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (Application.Common.Exceptions.ConflictException)
        {
            db.Entry(record).State = EntityState.Detached;
            return await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Caller == record.Caller && r.Key == record.Key, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static IResult Replay(IdempotencyRecord earlier, string hash)
    {
        if (earlier.State == IdempotencyState.InProgress)
        {
            return Refusal(StatusCodes.Status409Conflict, ErrorCodes.Idempotency.InProgress);
        }

        if (earlier.RequestHash != hash)
        {
            return Refusal(StatusCodes.Status422UnprocessableEntity, ErrorCodes.Idempotency.KeyReused);
        }

        return new ReplayedResult(earlier.StatusCode ?? StatusCodes.Status200OK, earlier.ContentType, earlier.ResponseBody, earlier.Location);
    }

    /// <summary>A refusal of the key itself, with its code and the catalogue's text (the title follows the status).</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refusal(int status, string code) => TypedResults.Problem(
        statusCode: status,
        detail: Catalogue.Error(code, [HeaderName]),
        type: "https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/",
        extensions: new Dictionary<string, object?> { [ProblemDetailsExceptionHandler.CodeMember] = code });

    /// <summary>Lets the filter read the body after the endpoint's binding did (see <see cref="HashAsync"/>).</summary>
    public static void BufferBodies(WebApplication app) => app.Use((context, next) =>
    {
        // Routing has run (WebApplication puts it first): every endpoint that takes an Idempotency-Key is marked.
        if (context.Request.Path.StartsWithSegments($"{DependencyInjection.ApiBase}/integration", StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<Endpoints.Common.IdempotencyKeyMetadata>() is not null)
        {
            context.Request.EnableBuffering();
        }

        return next(context);
    });

    private static async Task<string> HashAsync(HttpRequest request)
    {
        // The body was buffered before binding read it, so it can be read again from the start.
        request.Body.Position = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n{request.ContentType}\n"));
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private sealed class ReplayedResult(int statusCode, string? contentType, string? body, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }
            if (body is not null)
            {
                httpContext.Response.ContentType = contentType ?? "application/json";
                await httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
