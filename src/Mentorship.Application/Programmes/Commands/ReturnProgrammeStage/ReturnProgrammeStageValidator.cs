using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Commands.ReturnProgrammeStage;

public sealed class ReturnProgrammeStageValidator : AbstractValidator<ReturnProgrammeStageCommand>
{
    public ReturnProgrammeStageValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(StageTransition.ReasonMaxLength);
    }
}
