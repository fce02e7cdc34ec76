using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentorship.Infrastructure.Persistence;

public static class ValueConverters
{
    /// <summary>An academic year is stored as its starting calendar year: 2024 for 2024/2025.</summary>
    public sealed class AcademicYearConverter() : ValueConverter<AcademicYear, int>(y => y.StartYear, v => new AcademicYear(v));
}
