using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;

public sealed class EndGroupValidator : AbstractValidator<EndGroupCommand>
{
    public EndGroupValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum().NotEqual(GroupStatus.Active)
            .WithErrorCode(ErrorCodes.Group.OutcomeEndsGroup);
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Outcome == GroupStatus.Terminated);
        RuleFor(c => c.Reason).MaximumLength(MentoringGroup.ReasonMaxLength);
    }
}
