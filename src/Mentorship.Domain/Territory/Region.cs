using Mentorship.Domain.Common;

namespace Mentorship.Domain.Territory;

/// <summary>A subject of the Russian Federation (субъект РФ), identified by its two-digit code.</summary>
public class Region : AuditableEntity
{
    public const int NameMaxLength = 200;
    public const int DefaultPupilAgeFrom = 10;
    public const int DefaultPupilAgeTo = 18;
    public const int MinPupilAgeFrom = 5;
    public const int MaxPupilAgeFrom = 18;
    public const int MinPupilAgeTo = 10;
    public const int MaxPupilAgeTo = 21;

    /// <summary>The zone of regions created before they had one, and of a new region that names none.</summary>
    public const string DefaultTimeZone = "Europe/Moscow";
    public const int TimeZoneMaxLength = 64;

    private Region()
    {
        Code = null!;
        Name = null!;
        TimeZone = null!;
    }

    public Region(string code, string name)
    {
        Code = ValidCode(code);
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        PupilAgeFrom = DefaultPupilAgeFrom;
        PupilAgeTo = DefaultPupilAgeTo;
        TimeZone = DefaultTimeZone;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The "pupils aged 10–18" band of the coverage indicator; some regions use 11–18.</summary>
    public int PupilAgeFrom { get; private set; }

    public int PupilAgeTo { get; private set; }

    /// <summary>The region's time zone as an IANA id ("Asia/Irkutsk" is UTC+8): exports show its local times.</summary>
    public string TimeZone { get; private set; }

    public static bool IsValidCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiDigit) && code != "00";

    /// <summary>An IANA time zone id that this machine's zone database knows ("Asia/Irkutsk", not "North Asia East Standard Time").</summary>
    public static bool IsValidTimeZone(string? id) =>
        id is { Length: > 0 and <= TimeZoneMaxLength } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    public void SetTimeZone(string? id) =>
        TimeZone = IsValidTimeZone(id) ? id! : throw new DomainException(ErrorCodes.Region.UnknownTimeZone, "timeZone", id);

    public void Update(string code, string name, int pupilAgeFrom, int pupilAgeTo)
    {
        Code = ValidCode(code);
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        SetPupilAgeBand(pupilAgeFrom, pupilAgeTo);
    }

    public void SetPupilAgeBand(int from, int to)
    {
        if (from is < MinPupilAgeFrom or > MaxPupilAgeFrom || to is < MinPupilAgeTo or > MaxPupilAgeTo || from > to)
        {
            throw new DomainException(ErrorCodes.Region.InvalidAgeBand, "pupilAgeFrom", MinPupilAgeFrom, MaxPupilAgeTo);
        }

        PupilAgeFrom = from;
        PupilAgeTo = to;
    }

    private static string ValidCode(string? code) =>
        IsValidCode(code) ? code! : throw new DomainException(ErrorCodes.Region.InvalidCode, "code");
}
