using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Exports.Queries.Export;

public sealed class ExportValidator : AbstractValidator<ExportQuery>
{
    public ExportValidator()
    {
        RuleFor(q => q.Dataset).Must(d => ExportDatasets.All.Contains(d))
            .WithErrorCode(ErrorCodes.Export.UnknownDataset).WithState(_ => new object?[] { string.Join(", ", ExportDatasets.All) });
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear - 1);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.Dataset == ExportDatasets.RequestsMap)
            .WithErrorCode(ErrorCodes.Export.RequestsMapNeedsRegion);
        RuleFor(q => q.Year).NotNull().When(q => q.Dataset == ExportDatasets.RequestsMap);
    }
}
