using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Criteria.Queries.ListQuestionnaires;

public sealed class ListQuestionnairesValidator : AbstractValidator<ListQuestionnairesQuery>
{
    public ListQuestionnairesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}
