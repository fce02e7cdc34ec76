using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Queries.GetProgrammes;

public sealed class GetProgrammesValidator : AbstractValidator<GetProgrammesQuery>
{
    public GetProgrammesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
