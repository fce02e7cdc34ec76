namespace Mentorship.Application.Exports;

/// <summary>How to write: the CSV separator (a semicolon for Russian Excel, which then also takes a decimal comma).</summary>
public sealed record ExportOptions(char Separator = ',');
