using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorTraining;

public sealed class AddMentorTrainingValidator : AbstractValidator<AddMentorTrainingCommand>
{
    public AddMentorTrainingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Hours).NotNull().InclusiveBetween(1, Training.MaxHours);
    }
}
