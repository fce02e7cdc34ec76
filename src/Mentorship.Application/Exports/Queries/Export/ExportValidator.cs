using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Exports.Queries.Export;

public sealed class ExportValidator : AbstractValidator<ExportQuery>
{
    public ExportValidator()
    {
        RuleFor(q => q.Dataset).Must(d => ExportDatasets.All.Contains(d))
            .WithMessage(_ => Texts.Pick($"Набор данных — один из: {string.Join(", ", ExportDatasets.All)}.", $"The dataset is one of: {string.Join(", ", ExportDatasets.All)}."));
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear - 1);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.Dataset == ExportDatasets.RequestsMap)
            .WithMessage(_ => Texts.Pick("Карта запросов выгружается по региону.", "The requests map is exported per region."));
        RuleFor(q => q.Year).NotNull().When(q => q.Dataset == ExportDatasets.RequestsMap);
    }
}
