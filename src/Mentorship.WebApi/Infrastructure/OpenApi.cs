using Mentorship.Domain.Common;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

public static class OpenApi
{
    public const string DocumentName = "v1";

    public const string BearerScheme = "Bearer";

    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddMentorshipOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Mentorship API",
                Version = "v1",
                Description = "The target model of mentorship (целевая модель наставничества) of a region, its municipalities and schools.",
            });
            // The <summary> and <remarks> of each endpoint method become the operation's summary and description.
            options.IncludeXmlComments(typeof(OpenApi).Assembly);
            // The doc comments of the request records and DTOs (Application) and of the enums (Domain) describe the schemas.
            options.IncludeXmlComments(typeof(Mentorship.Application.DependencyInjection).Assembly);
            options.IncludeXmlComments(typeof(AcademicYear).Assembly);
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host that serves this contract." });
            options.MapType<AcademicYear>(() => AcademicYearSchema());
            options.MapType<AcademicYear?>(() => AcademicYearSchema());
            options.SupportNonNullableReferenceTypes();

            // A nullable enum or record is "allOf: [$ref]" beside "nullable: true": siblings of a bare $ref are ignored.
            options.UseAllOfToExtendReferenceSchemas();
            options.OperationFilter<IfMatchOperationFilter>();
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token of the regional identity provider (or, in Development, of POST /api/v1/dev/token).",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "The API key of a school information system (created by an administrator).",
            });
            options.OperationFilter<CallersOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.OperationFilter<ExportDownloadOperationFilter>();
            options.OperationFilter<ResponsesOperationFilter>();
            options.OperationFilter<QueryParameterNamesOperationFilter>();
            options.SchemaFilter<ProblemCodeSchemaFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.DocumentAsyncFilter<RequiredMembersDocumentFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
            options.DocumentFilter<CallersDocumentFilter>();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>Short, stable schema names: <c>OrganizationDto</c>, <c>PagedListOfOrganizationDto</c>.</summary>
    private static string SchemaId(Type type) => SchemaTypes.Register(type, type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}Of{string.Join("And", type.GetGenericArguments().Select(SchemaId))}"
        : type.Name);

    private static OpenApiSchema AcademicYearSchema() => new()
    {
        Type = JsonSchemaType.String,
        Pattern = "^[0-9]{4}/[0-9]{4}$",
        Description = "Academic year (учебный год), 1 September to 31 August, such as \"2024/2025\".",
    };
}

/// <summary>Documents the optional If-Match header on updates that take the ETag of the version being changed.</summary>
public sealed class IfMatchOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IfMatchMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of the version being changed; a stale one answers 412.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}

/// <summary>Documents the required Idempotency-Key header of the integration POSTs.</summary>
public sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.HeaderName,
            In = ParameterLocation.Header,
            Required = true,
            Description = "A unique key per logical request (up to 255 characters); a retry with the same key and body returns the first response.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });
    }
}

/// <summary>
/// Declares the members every problem carries besides RFC 9457's: the stable <c>code</c> of the refusal and, on
/// validation problems, <c>errorCodes</c> (field → codes, beside <c>errors</c>: field → messages).
/// </summary>
public sealed class ProblemCodeSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema problem || !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type))
        {
            return;
        }

        problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
        problem.Properties[ProblemDetailsExceptionHandler.CodeMember] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The stable code of the rule that refused the request, such as \"group.mentor_capacity_exceeded\"; clients branch on it. GET /api/v1/reference/errors lists every code with its Russian and English text.",
        };
        problem.Required ??= new SortedSet<string>(StringComparer.Ordinal);
        problem.Required.Add(ProblemDetailsExceptionHandler.CodeMember);
        if (typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails).IsAssignableFrom(context.Type))
        {
            problem.Properties[ProblemDetailsExceptionHandler.ErrorCodesMember] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field → the codes of its errors, in the order of the messages in \"errors\".",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
    }
}
