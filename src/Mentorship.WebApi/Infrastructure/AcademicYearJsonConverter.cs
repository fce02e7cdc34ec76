using System.Text.Json;
using System.Text.Json.Serialization;
using Mentorship.Domain.Common;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>Academic years travel as "2024/2025" everywhere in the API.</summary>
public sealed class AcademicYearJsonConverter : JsonConverter<AcademicYear>
{
    public override AcademicYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && AcademicYear.TryParse(reader.GetString(), out var year))
        {
            return year;
        }

        // The message is the code: the problem handler names the field and answers with the catalogue's text.
        throw new JsonException(ErrorCodes.AcademicYear.Invalid);
    }

    public override void Write(Utf8JsonWriter writer, AcademicYear value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
