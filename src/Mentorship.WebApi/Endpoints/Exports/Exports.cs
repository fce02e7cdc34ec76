using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.Endpoints.Exports;

/// <summary>Exports for analysts, streamed to the response as the rows are read.</summary>
public static class Exports
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/{dataset}", Export).WithName(nameof(Export))
            .Produces(StatusCodes.Status200OK, contentType: ExportDownloadMetadata.CsvMediaType)
            .Produces(StatusCodes.Status200OK, contentType: ExportDownloadMetadata.XlsxMediaType).WithMetadata(new ExportDownloadMetadata())
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Download a monitoring dataset for analysts as CSV or XLSX (выгрузка для аналитиков)</summary>
    /// <remarks>
    /// For analysts and coordinators, within their region or municipality. Datasets: `coverage` (coverage indicators,
    /// охват, per organisation, municipality and region with numerator, denominator, value, target and whether it is
    /// met), `criteria` (the efficiency criteria, критерии эффективности, of each organisation), `criteria-inputs`
    /// (the figures each criterion was computed from, one row per figure), `requests-map` (the map of educational
    /// requests, карта образовательных запросов: mentees' request tags per municipality — needs `regionId` and
    /// `year`), `pairs` (one row per member of a pair or group, people and groups only as pseudonyms — no personal
    /// data), `roadmaps` (roadmap items, дорожные карты, without the responsible person's name) and
    /// `criteria-distribution` (per municipality, how many organisations are at each level of each criterion and
    /// indicator — needs `year` and `regionId` or `municipalityId`). Filter by `regionId`, `municipalityId` and `year`. Coverage and criteria are the figures of the last recompute; the other
    /// datasets are read as they are now.
    /// Opens in Russian Excel as it is: headers and values in the caller's language (Russian by default, English with
    /// Accept-Language: en), organisation INN and municipality OKTMO as join codes, times in the region's time zone.
    /// CSV is UTF-8 with a BOM, separated by ";" with a decimal comma in Russian and by "," in English (or as
    /// `delimiter` says). XLSX has a styled, frozen header row with a filter, real numbers and dates, and a new sheet
    /// after 1 048 575 rows. Text that a spreadsheet would run as a formula is neutralised. The file is streamed as it
    /// is read, so memory stays flat whatever its size; its name is in Content-Disposition. An unknown dataset, format
    /// or delimiter is refused with 400; a region outside the caller's scope answers 404.
    /// </remarks>
    /// <param name="mediator">The mediator.</param>
    /// <param name="writers">The export writers.</param>
    /// <param name="dataset">coverage, criteria, criteria-inputs, requests-map, pairs, roadmaps or criteria-distribution.</param>
    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="delimiter">The CSV delimiter: ";" (Russian default), "," (English default) or a tab; also "semicolon", "comma", "tab".</param>
    /// <param name="regionId">Only this region.</param>
    /// <param name="municipalityId">Only this municipality.</param>
    /// <param name="year">Only this calendar year.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    public static async Task<IResult> Export(
        IMediator mediator,
        IEnumerable<IExportWriter> writers,
        string dataset,
        string? format,
        string? delimiter,
        Guid? regionId,
        Guid? municipalityId,
        int? year,
        CancellationToken cancellationToken)
    {
        // Validation, roles and scope are checked here, before the response starts; the rows are read while writing.
        var table = await mediator.Send(new ExportQuery(dataset, regionId, municipalityId, year, format, delimiter), cancellationToken);
        var writer = writers.Single(w => w.Format == table.Format);
        var fileName = $"{table.Name}{(year is { } y ? $"-{y}" : string.Empty)}.{table.Format.ToString().ToLowerInvariant()}";
        return TypedResults.Stream(stream => writer.WriteAsync(table, stream, cancellationToken), writer.ContentType, fileName);
    }
}
