using FluentValidation;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SetGoalStatus;

public sealed class SetGoalStatusValidator : AbstractValidator<SetGoalStatusCommand>
{
    public SetGoalStatusValidator() => RuleFor(c => c.Status).NotNull().IsInEnum();
}
