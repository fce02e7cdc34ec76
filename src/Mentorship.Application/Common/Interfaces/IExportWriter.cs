using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>Writes an export table to a stream as it is read, so that memory stays flat whatever the rows.</summary>
public interface IExportWriter
{
    ExportFormat Format { get; }

    string ContentType { get; }

    Task WriteAsync(ExportTable table, Stream output, ExportOptions options, CancellationToken cancellationToken);
}

/// <summary>Pseudonymous ids for exports: stable for a person, not reversible without the key.</summary>
public interface IPseudonymizer
{
    string Of(Guid personId);
}
