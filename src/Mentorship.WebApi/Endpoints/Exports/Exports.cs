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

    /// <summary>Downloads a dataset for analysts as CSV or XLSX (выгрузка для аналитиков).</summary>
    /// <remarks>
    /// Opens in Russian Excel as it is: headers and values in the caller's language (Russian by default, English with
    /// Accept-Language: en), organisation INN and municipality OKTMO as join codes, times in the region's time zone,
    /// participants and groups as pseudonyms. CSV is UTF-8 with a BOM, separated by ";" with a decimal comma in Russian and by ","
    /// in English. XLSX has a styled, frozen header row with a filter, real numbers and dates, and a new sheet after
    /// 1 048 575 rows. Text that a spreadsheet would run as a formula is neutralised. The file name is in Content-Disposition.
    /// </remarks>
    /// <param name="mediator">The mediator.</param>
    /// <param name="writers">The export writers.</param>
    /// <param name="dataset">coverage, criteria, criteria-inputs, requests-map, pairs or roadmaps.</param>
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
