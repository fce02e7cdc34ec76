using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// Declares every status an operation can answer, each refusal with its problem body, and the headers that come
/// with them:
/// <list type="bullet">
/// <item>400 everywhere (any query string is checked for control characters; bodies and parameters are validated);
/// 401 and 403 unless anonymous; 500 everywhere; 404 when the path names a record; 413 and 415 when there is a body; 429 (the rate
/// limiter covers the whole API) and 503 (the database is out) everywhere, both with Retry-After;</item>
/// <item>Location on 201 and 202; ETag on a single record that carries a version and where <see cref="ETagMetadata"/>
/// says so; Idempotent-Replayed on the idempotent
/// integration POSTs, which may also answer 409 (a retry while the first runs) and 422 (the key reused);</item>
/// <item>every 4xx and 5xx as <c>application/problem+json</c>: HttpValidationProblemDetails for 400, the declared
/// problem type (the stage gate's checklist) or ProblemDetails otherwise; a file's media types from the endpoint's
/// metadata.</item>
/// </list>
/// </summary>
public sealed class ResponsesOperationFilter : IOperationFilter
{
    public const string ProblemMediaType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var responses = operation.Responses ??= [];
        var anonymous = metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
        var idempotent = metadata.OfType<IdempotencyKeyMetadata>().Any();
        var namesRecord = context.ApiDescription.ParameterDescriptions.Any(p => p.Source?.Id == "Path");

        responses.TryAdd("400", new OpenApiResponse { Description = "The request is malformed or a field is invalid; errorCodes names each field's codes." });
        if (!anonymous)
        {
            responses.TryAdd("401", new OpenApiResponse { Description = "No valid token or API key." });
            responses.TryAdd("403", new OpenApiResponse { Description = "The caller's role may not do this." });
        }

        if (namesRecord)
        {
            responses.TryAdd("404", new OpenApiResponse { Description = "No such record, or it lies outside the caller's scope." });
        }

        if (operation.RequestBody is not null)
        {
            responses.TryAdd("413", new OpenApiResponse { Description = "The body is larger than the limit." });
            responses.TryAdd("415", new OpenApiResponse { Description = "The body is not of a media type the operation takes." });
        }

        if (idempotent)
        {
            responses.TryAdd("409", new OpenApiResponse { Description = "A request with the same Idempotency-Key is still running." });
            responses.TryAdd("422", new OpenApiResponse { Description = "The Idempotency-Key was used before with another body." });
        }

        responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests from this caller; retry after the given seconds." });
        responses.TryAdd("500", new OpenApiResponse { Description = "An unexpected failure; nothing was changed. The problem carries a trace id." });
        responses.TryAdd("503", new OpenApiResponse { Description = "The database is unavailable; retry after the given seconds." });

        foreach (var (status, response) in responses.ToList())
        {
            if (response is not OpenApiResponse concrete || !int.TryParse(status, out var code))
            {
                continue;
            }

            if (string.IsNullOrEmpty(concrete.Description))
            {
                concrete.Description = ReasonPhrases.GetReasonPhrase(code);
            }

            if (code >= 400)
            {
                DeclareProblem(concrete, code, context);
            }

            if (code is 429 or 503)
            {
                AddHeader(concrete, "Retry-After", "Seconds to wait before retrying.", required: true, JsonSchemaType.Integer);
            }

            if (code is 201 or 202)
            {
                AddHeader(concrete, "Location", code == 201 ? "The address of the created record." : "The address to poll for the outcome.", required: true, JsonSchemaType.String);
            }

            if (code is >= 200 and < 300)
            {
                DeclareMediaTypes(concrete, code, metadata);
            }

            if ((code is >= 200 and < 300 && IsVersionedRecord(concrete, context)) || (code is >= 200 and < 300 or 304 && metadata.OfType<ETagMetadata>().Any()))
            {
                AddHeader(concrete, "ETag", "The version of the record; send it back in If-Match to update it.", required: false, JsonSchemaType.String);
            }

            if (code is >= 200 and < 300 && idempotent)
            {
                AddHeader(concrete, "Idempotent-Replayed", "\"true\" when this is the stored response of an earlier request with the same Idempotency-Key.", required: false, JsonSchemaType.String);
            }
        }
    }

    /// <summary>A refusal's body is problem details; one declared with its own problem type (and only that media type) keeps it.</summary>
    private static void DeclareProblem(OpenApiResponse response, int status, OperationFilterContext context)
    {
        if (response.Content is { Count: 1 } content && content.ContainsKey(ProblemMediaType) && status != 400)
        {
            return;
        }

        var type = status == 400 ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        response.Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemMediaType] = new() { Schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository) },
        };
    }

    /// <summary>A success declared with media types but no body type (a file: CSV, XLSX) has them as binary content.</summary>
    private static void DeclareMediaTypes(OpenApiResponse response, int status, IList<object> metadata)
    {
        if (response.Content is { Count: > 0 })
        {
            return;
        }

        var mediaTypes = metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode == status && (m.Type is null || m.Type == typeof(void)))
            .SelectMany(m => m.ContentTypes)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (mediaTypes.Count > 0)
        {
            response.Content = mediaTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
        }
    }

    private static bool IsVersionedRecord(OpenApiResponse response, OperationFilterContext context) =>
        response.Content?.Values.Select(c => SchemaTypes.ReferenceId(c.Schema)).OfType<string>()
            .Any(id => context.SchemaRepository.Schemas.TryGetValue(id, out var schema) && schema.Properties?.ContainsKey("version") == true) == true;

    private static void AddHeader(OpenApiResponse response, string name, string description, bool required, JsonSchemaType type)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd(name, new OpenApiHeader { Description = description, Required = required, Schema = new OpenApiSchema { Type = type } });
    }
}

/// <summary>Query parameters in camelCase, as the bodies are (binding of query strings ignores case).</summary>
public sealed class QueryParameterNamesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is { Length: > 0 }))
        {
            parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }
    }
}

/// <summary>
/// The 409 of advancing or closing a programme: problem details, with the checklist of what is missing when the
/// reason is the stage's gate (code stage.gate_not_met); other conflicts (a closed programme) carry none.
/// </summary>
public sealed class StageGateProblem : ProblemDetails
{
    /// <summary>The gate's checklist: each item, whether it holds and, when not, what is missing.</summary>
    public IReadOnlyList<Application.Programmes.Queries.GetProgrammeStage.ChecklistItemDto>? Checklist { get; init; }
}

/// <summary>Marks the operations that answer with an ETag although their body carries no version (the cached public reads).</summary>
public sealed class ETagMetadata;
