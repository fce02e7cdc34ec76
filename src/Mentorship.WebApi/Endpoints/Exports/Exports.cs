using Mentorship.Domain.Common;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;

namespace Mentorship.WebApi.Endpoints.Exports;

/// <summary>Exports for analysts, streamed to the response as the rows are read.</summary>
public static class Exports
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/{dataset}", Export).WithName(nameof(Export))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Download a monitoring dataset for analysts as CSV or XLSX</summary>
    /// <remarks>
    /// For analysts and coordinators (выгрузка для аналитиков), within their region or municipality. Datasets:
    /// `coverage` (coverage indicators, охват, per organisation, municipality and region with numerator, denominator,
    /// value, target and whether it is met), `criteria` (the efficiency criteria, критерии эффективности, of each
    /// organisation), `requests-map` (the map of educational requests, карта образовательных запросов: mentees' request
    /// tags per municipality — needs `regionId` and `year`), `pairs` (one row per member of a pair or group, people
    /// only as pseudonymous ids with their category — no personal data) and `roadmaps` (roadmap items, дорожные карты,
    /// without the responsible person's name). Filter by `regionId`, `municipalityId` and `year` (the monitoring year;
    /// for roadmaps the academic year starting in it). Coverage and criteria are the figures of the last recompute; the
    /// other datasets are read as they are now. The file is streamed as it is read, so memory stays flat whatever its
    /// size. An unknown dataset, format or separator is refused with 400; a region outside the caller's scope answers
    /// 404.
    /// </remarks>
    /// <param name="mediator">The mediator.</param>
    /// <param name="writers">The export writers.</param>
    /// <param name="dataset">coverage, criteria, requests-map, pairs or roadmaps.</param>
    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="separator">The CSV separator: "comma" (default) or "semicolon" (Russian Excel; decimal comma).</param>
    /// <param name="regionId">Only this region.</param>
    /// <param name="municipalityId">Only this municipality.</param>
    /// <param name="year">Only this calendar year.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    public static async Task<IResult> Export(
        IMediator mediator,
        IEnumerable<IExportWriter> writers,
        string dataset,
        string? format,
        string? separator,
        Guid? regionId,
        Guid? municipalityId,
        int? year,
        CancellationToken cancellationToken)
    {
        var exportFormat = (format?.ToLowerInvariant()) switch
        {
            null or "" or "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => throw new ValidationException("format", ErrorCodes.ExportRequest.UnknownFormat),
        };
        var options = (separator?.ToLowerInvariant()) switch
        {
            null or "" or "comma" or "," => new ExportOptions(','),
            "semicolon" or ";" => new ExportOptions(';'),
            _ => throw new ValidationException("separator", ErrorCodes.ExportRequest.UnknownSeparator),
        };

        // Validation, roles and scope are checked here, before the response starts; the rows are read while writing.
        var table = await mediator.Send(new ExportQuery(dataset, regionId, municipalityId, year), cancellationToken);
        var writer = writers.Single(w => w.Format == exportFormat);
        var fileName = $"{table.Name}{(year is { } y ? $"-{y}" : string.Empty)}.{exportFormat.ToString().ToLowerInvariant()}";
        return TypedResults.Stream(stream => writer.WriteAsync(table, stream, options, cancellationToken), writer.ContentType, fileName);
    }
}
