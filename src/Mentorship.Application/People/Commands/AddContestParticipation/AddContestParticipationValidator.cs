using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.People.Commands.AddContestParticipation;

public sealed class AddContestParticipationValidator : AbstractValidator<AddContestParticipationCommand>
{
    public AddContestParticipationValidator()
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(2000, 2100);
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Result).MaximumLength(TextLengths.Label);
    }
}
