using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Exports.Queries.Export;

public sealed class ExportValidator : AbstractValidator<ExportQuery>
{
    private static readonly string[] Formats = ["csv", "xlsx"];

    public ExportValidator()
    {
        RuleFor(q => q.Dataset).Must(d => ExportDatasets.All.Contains(d))
            .WithErrorCode(ErrorCodes.Export.UnknownDataset).WithState(_ => new object?[] { string.Join(", ", ExportDatasets.All) });
        RuleFor(q => q.Format).Must(f => string.IsNullOrEmpty(f) || Formats.Contains(f, StringComparer.OrdinalIgnoreCase))
            .WithErrorCode(ErrorCodes.Export.UnknownFormat);
        RuleFor(q => q.Delimiter).Must(d => string.IsNullOrEmpty(d) || ExportOptions.Delimiters.ContainsKey(d))
            .WithErrorCode(ErrorCodes.Export.UnknownDelimiter);
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear - 1);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.Dataset == ExportDatasets.RequestsMap)
            .WithErrorCode(ErrorCodes.Export.RequestsMapNeedsRegion);
        RuleFor(q => q.Year).NotNull().When(q => q.Dataset == ExportDatasets.RequestsMap);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.Dataset == ExportDatasets.CriteriaDistribution && q.MunicipalityId is null)
            .WithErrorCode(ErrorCodes.Criteria.DistributionNeedsTerritory);
        RuleFor(q => q.Year).NotNull().When(q => q.Dataset == ExportDatasets.CriteriaDistribution);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.Dataset == ExportDatasets.Plan && q.MunicipalityId is null)
            .WithErrorCode(ErrorCodes.Targets.PlanNeedsTerritory);
    }
}
