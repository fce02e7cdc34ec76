using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// What a computed criterion and a computed indicator of an organisation's year share: the organisation, the calendar
/// year, the value, the level on its scale, the inputs it came from (JSON text, no personal data) and when.
/// </summary>
public abstract class OrganizationYearFigure : BaseEntity
{
    public const int InputsMaxLength = TextLengths.FreeText;

    protected OrganizationYearFigure()
    {
    }

    protected OrganizationYearFigure(Guid organizationId, int year)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Level = CriterionLevel.NoData;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    /// <summary>The measured value, when the criterion or indicator has one.</summary>
    public decimal? Value { get; private set; }

    public CriterionLevel Level { get; private set; }

    /// <summary>What the value was computed from, as JSON text (no personal data).</summary>
    public string? Inputs { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    protected void SetFigure(decimal? value, CriterionLevel level, string? inputs, DateTimeOffset computedAt)
    {
        Value = value;
        Level = level;
        Inputs = Guard.Optional(inputs, "inputs", InputsMaxLength);
        ComputedAt = computedAt;
    }
}
