namespace Mentorship.Application.Exports;

public enum ExportFormat
{
    Csv = 1,
    Xlsx,
}
