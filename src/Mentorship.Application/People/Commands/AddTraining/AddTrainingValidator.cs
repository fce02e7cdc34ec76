using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddTraining;

public sealed class AddTrainingValidator : AbstractValidator<AddTrainingCommand>
{
    public AddTrainingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Hours).NotNull().InclusiveBetween(1, Training.MaxHours);
        RuleFor(c => c.CompletedAt).NotNull();
        RuleFor(c => c.Provider).MaximumLength(TextLengths.Label);
    }
}
