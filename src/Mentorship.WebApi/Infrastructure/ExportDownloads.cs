using Mentorship.Application.Exports;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>Marks an operation that answers a file download of an export.</summary>
public sealed class ExportDownloadMetadata
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// Declares what an export answers: a CSV or an XLSX file (binary) named in Content-Disposition, and the values
/// its dataset, format and delimiter parameters take.
/// </summary>
public sealed class ExportDownloadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ExportDownloadMetadata>().Any()
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return;
        }

        response.Description = "The file, written as the rows are read.";
        response.Content = new Dictionary<string, OpenApiMediaType>
        {
            [ExportDownloadMetadata.CsvMediaType] = File("CSV (RFC 4180), UTF-8 with a BOM."),
            [ExportDownloadMetadata.XlsxMediaType] = File("An Excel workbook."),
        };
        response.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Content-Disposition"] = new OpenApiHeader
            {
                Description = "attachment; filename=\"<dataset>[-<year>].<csv|xlsx>\"",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Schema = parameter.Name switch
            {
                "dataset" => Choice(ExportDatasets.All),
                "format" => Choice(["csv", "xlsx"]),
                "delimiter" => Choice(ExportOptions.Delimiters.Keys),
                _ => parameter.Schema,
            };
        }
    }

    private static OpenApiMediaType File(string description) => new()
    {
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = description },
    };

    private static OpenApiSchema Choice(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v))],
    };
}
