using FluentValidation;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMentee;

public sealed class AddMenteeValidator : AbstractValidator<AddMenteeCommand>
{
    public AddMenteeValidator()
    {
        RuleFor(c => c.PersonId).NotEmpty();
        RuleFor(c => c.DataChannel).NotNull().IsInEnum();
        RuleForEach(c => c.Requests).SetValidator(new MenteeRequestInputValidator());
    }
}
