using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddGoal;

public sealed class AddGoalValidator : AbstractValidator<AddGoalCommand>
{
    public AddGoalValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
}
