using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Queries.GetNormativeDocuments;

public sealed class GetNormativeDocumentsValidator : AbstractValidator<GetNormativeDocumentsQuery>
{
    public GetNormativeDocumentsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
    }
}
