using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;

public sealed class GetNotesValidator : AbstractValidator<GetNotesQuery>
{
    public GetNotesValidator() => Include(new PagedRequestValidator());
}
