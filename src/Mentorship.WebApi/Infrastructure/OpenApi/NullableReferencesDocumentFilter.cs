using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// A nullable reference (a nullable enum or record) is written <c>allOf: [$ref]</c> with <c>nullable: true</c>; since
/// OpenAPI 3.0.3 <c>nullable</c> takes effect only beside a <c>type</c>, the wrapper also states the type of what it
/// refers to (<c>string</c> for an enum, <c>object</c> for a record), so that validators accept <c>null</c>.
/// </summary>
public sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var property in schemas.Values.SelectMany(s => s.Properties?.Values ?? []).OfType<OpenApiSchema>())
        {
            if (property is { AllOf: [OpenApiSchemaReference reference] } && property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
                && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } targetType)
            {
                property.Type = targetType | JsonSchemaType.Null;
            }
        }
    }
}
