using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetProgrammeMeetingHours;

public sealed class GetProgrammeMeetingHoursValidator : AbstractValidator<GetProgrammeMeetingHoursQuery>
{
    public GetProgrammeMeetingHoursValidator() => Include(new PagedRequestValidator());
}
