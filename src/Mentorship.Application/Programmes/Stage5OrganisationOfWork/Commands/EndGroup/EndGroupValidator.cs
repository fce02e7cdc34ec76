using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;

public sealed class EndGroupValidator : AbstractValidator<EndGroupCommand>
{
    public EndGroupValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum().NotEqual(GroupStatus.Active)
            .WithMessage(_ => Texts.Pick("Пара или группа завершается (Completed) или прекращается (Terminated).", "A pair or group ends as Completed or Terminated."));
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Outcome == GroupStatus.Terminated)
            .WithMessage(_ => Texts.Pick("Укажите причину прекращения.", "Give the reason for terminating."));
        RuleFor(c => c.Reason).MaximumLength(MentoringGroup.ReasonMaxLength);
    }
}
