using FluentValidation;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.StartMatchingRun;

public sealed class StartMatchingRunValidator : AbstractValidator<StartMatchingRunCommand>
{
    public StartMatchingRunValidator()
    {
        RuleFor(c => c.Form).IsInEnum();
        RuleFor(c => c.MenteePersonId).NotEqual(Guid.Empty);
    }
}
