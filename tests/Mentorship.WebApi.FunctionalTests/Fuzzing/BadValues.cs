using System.Text;
using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>The values each mutation class draws from: what a careless or hostile client sends.</summary>
public static class BadValues
{
    /// <summary>C0 and C1 controls (NUL first: PostgreSQL refuses it in text), lone surrogates and a non-character.</summary>
    public static readonly string[] Characters = ["\u0000", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u009f", "\ud800", "\udfff", "\uffff"];

    /// <summary>JSON numbers outside int32, int64 and double, negative, fractional, and numbers sent as strings.</summary>
    public static readonly string[] Numbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "1e400", "-1", "0", "1.5",
        "1e-320", "99999999999999999999999999999999", "-0", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"0x10\"",
    ];

    public static readonly string[] QueryNumbers = ["2147483648", "-2147483649", "2147483647", "-1", "0", "99999999999999999999", "1.5", "NaN", "1e3", "0x10", "٣"];

    public static readonly string[] Enums = ["Castle", "", " ", "1", "-1", "Mentor,Mentee", "null", "%s"];

    public static readonly string[] Uuids =
    [
        "not-a-uuid", "00000000-0000-0000-0000-000000000000", "12345", "", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "0f8fad5bd9cb469fa16570867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e0",
    ];

    public static readonly string[] Dates =
    [
        "2024-02-30", "2024-13-01", "0000-01-01", "0001-01-01", "9999-12-31", "2024-10-15T10:00:00", "15.10.2024", "2024/10/15", "", "-2024-01-01", "+12024-01-01",
    ];

    public static readonly string[] DateTimes =
    [
        "2024-10-01T25:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2024-10-01",
        "2024-10-01T09:00:00+25:00", "not-a-time", "",
    ];

    public static readonly string[] AcademicYears = ["2024/2026", "2024", "0000/0001", "9999/10000", "2024-2025", "2024/2025x", "-1/0", "", "2025/2024", "99999/100000", "0001/0002"];

    public static readonly int[] Lengths = [256, 1_001, 10_000, 100_000];

    public static readonly string[] PathIds =
    [
        "abc", "-1", "0", "00000000-0000-0000-0000-000000000000", "0f8fad5b-d9cb-469f-a165-70867728950ex", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        new('9', 2_000), " ", "%", "null",
    ];

    public static readonly string?[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null, "application/json; charset=utf-16",
        "application/json; charset=bogus", "*/*", "application/", "text/csv", "application/json",
    ];

    public static readonly string[] IfMatch = ["\"garbage\"", "*", "W/\"1\"", "garbage", $"\"{new string('e', 1_000)}\""];

    public static readonly string?[] IdempotencyKeys = [null, "", " ", new('k', 300)];

    public static readonly string[] Authorizations = ["Bearer garbage", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQWRtaW5pc3RyYXRvciJ9.", "Basic YWRtaW46YWRtaW4=", "Bearer "];

    /// <summary>Values of each JSON type, to put where another type is expected.</summary>
    public static JsonNode?[] OfEveryType() => [JsonValue.Create("текст"), JsonValue.Create(12345), JsonValue.Create(true), new JsonObject { ["a"] = 1 }, new JsonArray(1, 2), JsonValue.Create(-0.5)];

    public static readonly string[] QueryWrongTypes = ["abc", "true", "[1]", "{}", "", "1,2"];

    /// <summary>Bodies that are not the JSON the operation reads, given the JSON it would read.</summary>
    public static byte[] MalformedJson(string json, Random random) => random.Next(12) switch
    {
        0 => Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]),
        1 => "{"u8.ToArray(),
        2 => [],
        3 => "null"u8.ToArray(),
        4 => "[]"u8.ToArray(),
        5 => "\"text\""u8.ToArray(),
        6 => "42"u8.ToArray(),
        7 => "{\"a\":}"u8.ToArray(),
        8 => Encoding.UTF8.GetBytes(json + "}{"),
        9 => [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D],
        10 => Encoding.Unicode.GetBytes(json),
        _ => Encoding.UTF8.GetBytes("{'single':'quotes'}"),
    };

    /// <summary>Files that are not the CSV the people batch reads.</summary>
    public static byte[] MalformedCsv(Random random) => random.Next(6) switch
    {
        0 => Encoding.UTF8.GetBytes("externalId;lastName\r\n\"unterminated;Иванов\r\n"),
        1 => [0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28, 0x80, 0x81],
        2 => Encoding.UTF8.GetBytes("externalId;organizationId;lastName\r\n"),
        3 => [],
        4 => Encoding.UTF8.GetBytes("unknownColumn;another\r\n1;2\r\n"),
        _ => Encoding.UTF8.GetBytes("externalId;lastName\r\n" + new string('x', 100_000)),
    };

    /// <summary>Arrays nested <paramref name="depth"/> deep, as raw JSON (the writer itself refuses such depth).</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
