using Mentorship.Application.Exports;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>Writes an export table to a stream as it is read, so that memory stays flat whatever the rows.</summary>
public interface IExportWriter
{
    ExportFormat Format { get; }

    string ContentType { get; }

    Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken);
}

/// <summary>Pseudonymous ids for exports: stable for a record, not reversible without the key.</summary>
public interface IPseudonymizer
{
    /// <summary>A person's pseudonym, "p-…".</summary>
    string Of(Guid personId);

    /// <summary>A pair's or group's pseudonym, "g-…": it joins the rows of its members.</summary>
    string OfGroup(Guid groupId);
}
