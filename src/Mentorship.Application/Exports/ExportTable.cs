namespace Mentorship.Application.Exports;

/// <summary>What a column holds, so that a spreadsheet gets real numbers and dates and a fitting width.</summary>
public enum ExportColumnKind
{
    Text = 1,
    WholeNumber,
    Number,
    Date,
    Timestamp,
}

/// <summary>A column: its header in the caller's language (from the catalogue) and the kind of its values.</summary>
public sealed record ExportColumn(string Header, ExportColumnKind Kind);

/// <summary>
/// A table to export, read from the database as it is written. Cells are already what the analyst sees: labels in the
/// caller's language, times in the region's zone (<see cref="DateTime"/>), dates (<see cref="DateOnly"/>), numbers
/// (<see cref="int"/>, <see cref="decimal"/>), text, or null.
/// </summary>
/// <param name="Name">The dataset, for the file name.</param>
/// <param name="Title">The dataset's title in the caller's language, for the sheet name.</param>
public sealed record ExportTable(string Name, string Title, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<object?[]> Rows, ExportFormat Format, ExportOptions Options);
