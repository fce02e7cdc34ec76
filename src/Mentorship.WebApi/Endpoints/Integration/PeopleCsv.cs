using Mentorship.Application.Common.Exceptions;
using Mentorship.Domain.Common;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Mentorship.Application.Common;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.People;
using ValidationException = Mentorship.Application.Common.Exceptions.ValidationException;

namespace Mentorship.WebApi.Endpoints.Integration;

/// <summary>Reads the people CSV of a curator's spreadsheet into batch rows, reporting cells that are not valid.</summary>
public static class PeopleCsv
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PeopleCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<PersonRow> Parse(byte[] content)
    {
        var text = Decode(content);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        var delimiter = firstLine.Count(';') >= firstLine.Count(',') ? ";" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
        };

        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new ValidationException("body", ErrorCodes.Upload.CsvEmpty);
        }

        var errors = new List<FieldError>();
        var rows = new List<PersonRow>();
        while (csv.Read())
        {
            if (rows.Count >= IntegrationLimits.MaxBatchSize)
            {
                throw new ValidationException("items", ErrorCodes.Upload.TooManyRows, IntegrationLimits.MaxBatchSize);
            }

            var index = rows.Count;
            rows.Add(new PersonRow(
                Text(csv, "externalId"),
                Parsed(csv, "organizationId", index, errors, s => Guid.TryParse(s, out var v) ? v : (Guid?)null),
                Text(csv, "lastName"),
                Text(csv, "firstName"),
                Text(csv, "middleName"),
                Parsed(csv, "birthDate", index, errors, ParseDate),
                Parsed(csv, "category", index, errors, s => Enum.TryParse<PersonCategory>(s, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : (PersonCategory?)null),
                Parsed(csv, "grade", index, errors, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null),
                Parsed(csv, "hasSpecialNeeds", index, errors, ParseBool),
                Text(csv, "email"),
                Text(csv, "phone")));
        }

        return errors.Count > 0 ? throw new ValidationException(errors) : rows;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM or not), else Windows-1251, the Russian Excel default.</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1251).GetString(content);
        }
    }

    private static string? Text(CsvReader csv, string field) =>
        csv.TryGetField<string>(field.ToLowerInvariant(), out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static T? Parsed<T>(CsvReader csv, string field, int index, List<FieldError> errors, Func<string, T?> parse)
    {
        var text = Text(csv, field);
        if (text is null)
        {
            return default;
        }

        var value = parse(text);
        if (value is null)
        {
            errors.Add(new FieldError($"items[{index}].{field}", ErrorCodes.Upload.InvalidValue, null, [text, csv.Parser.Row]));
        }

        return value;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "да" or "yes" => true,
        "false" or "0" or "нет" or "no" => false,
        _ => null,
    };
}
