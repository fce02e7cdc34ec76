using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Mentorship.Domain.Common;

/// <summary>
/// An academic year (учебный год), 1 September of <see cref="StartYear"/> to 31 August of the next year.
/// Written everywhere in the API as "2024/2025".
/// </summary>
public readonly record struct AcademicYear : IComparable<AcademicYear>
{
    public const int MinStartYear = 2000;
    public const int MaxStartYear = 2100;

    public AcademicYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new DomainException(ErrorCodes.AcademicYear.OutOfRange, "academicYear", MinStartYear, MaxStartYear);
        }

        StartYear = startYear;
    }

    public int StartYear { get; }

    public int EndYear => StartYear + 1;

    public DateOnly FirstDay => new(StartYear, 9, 1);

    public DateOnly LastDay => new(EndYear, 8, 31);

    /// <summary>The academic year a date falls in: from 1 September onwards it is the year that starts then.</summary>
    public static AcademicYear Containing(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    public static bool TryParse([NotNullWhen(true)] string? value, out AcademicYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || parts[0].Length != 4 || parts[1].Length != 4
            || end != start + 1
            || start is < MinStartYear or > MaxStartYear)
        {
            return false;
        }

        year = new AcademicYear(start);
        return true;
    }

    public static AcademicYear Parse(string value) =>
        TryParse(value, out var year)
            ? year
            : throw new DomainException(ErrorCodes.AcademicYear.Invalid, "academicYear", value);

    public int CompareTo(AcademicYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(AcademicYear left, AcademicYear right) => left.CompareTo(right) < 0;

    public static bool operator >(AcademicYear left, AcademicYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(AcademicYear left, AcademicYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AcademicYear left, AcademicYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{EndYear}");
}
