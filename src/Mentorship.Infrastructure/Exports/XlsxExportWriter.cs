using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;

namespace Mentorship.Infrastructure.Exports;

/// <summary>
/// XLSX through the Open XML SDK's <see cref="OpenXmlWriter"/>, which writes the sheet element by element instead of
/// holding a workbook in memory. A zip is finished by synchronous writes that Kestrel refuses, so the workbook goes to
/// a temporary file and is then
/// copied to the response asynchronously. The package is a zip written in create mode, entry after entry: the SDK's
/// own package would open it for update, which keeps every part in memory until it is closed.
/// </summary>
public sealed class XlsxExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ExportTable table, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mentorship-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await WriteWorkbookAsync(table, file, cancellationToken);
            }

            await using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await read.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task WriteWorkbookAsync(ExportTable table, Stream file, CancellationToken cancellationToken)
    {
        // The package's small parts are fixed text; the sheet is written element by element into its zip entry.
        using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(table.Name)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

        await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(sheet, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, table.Columns);
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, row);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell());
                    break;
                case decimal m:
                    writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(ExportValues.Text(m, CultureInfo.InvariantCulture)) });
                    break;
                case int or long or double:
                    writer.WriteElement(new Cell
                    {
                        DataType = CellValues.Number,
                        CellValue = new CellValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                    });
                    break;
                case bool b:
                    writer.WriteElement(new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") });
                    break;
                default:
                    writer.WriteElement(new Cell
                    {
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(ExportValues.Text(value, CultureInfo.InvariantCulture))),
                    });
                    break;
            }
        }

        writer.WriteEndElement();
    }
}
