using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;

public sealed class GetPublicProgrammesValidator : AbstractValidator<GetPublicProgrammesQuery>
{
    public GetPublicProgrammesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.OrganizationKind).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
        RuleFor(q => q.Format).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
    }
}
