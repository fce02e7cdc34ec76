using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;

public sealed class GetMeetingsValidator : AbstractValidator<GetMeetingsQuery>
{
    public GetMeetingsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
    }
}
