using System.Globalization;

namespace Mentorship.Application.Exports;

/// <summary>
/// How a CSV is written. Russian Excel splits on <c>;</c> and reads a decimal comma and dd.MM.yyyy dates; with a
/// <c>,</c> delimiter (English, or asked for) numbers take a decimal point and dates are ISO 8601.
/// </summary>
public sealed record ExportOptions(char Delimiter, CultureInfo NumberCulture, string DateFormat, string DateTimeFormat)
{
    public const string Semicolon = ";";
    public const string Comma = ",";
    public const string Tab = "\t";

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The delimiters a caller may ask for, by character or by name.</summary>
    public static readonly IReadOnlyDictionary<string, char> Delimiters = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        [Semicolon] = ';', ["semicolon"] = ';', [Comma] = ',', ["comma"] = ',', [Tab] = '\t', ["tab"] = '\t',
    };

    /// <summary>The options of a caller's language: <c>;</c> for Russian, <c>,</c> for English, unless a delimiter is asked for.</summary>
    public static ExportOptions For(bool english, string? delimiter)
    {
        var chosen = string.IsNullOrEmpty(delimiter) ? (english ? ',' : ';') : Delimiters[delimiter];
        return !english && chosen != ','
            ? new ExportOptions(chosen, Russian, "dd.MM.yyyy", "dd.MM.yyyy HH:mm:ss")
            : new ExportOptions(chosen, CultureInfo.InvariantCulture, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss");
    }
}
