using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Documents.Queries.GetDocuments;

public sealed class GetDocumentsValidator : AbstractValidator<GetDocumentsQuery>
{
    public GetDocumentsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
    }
}
