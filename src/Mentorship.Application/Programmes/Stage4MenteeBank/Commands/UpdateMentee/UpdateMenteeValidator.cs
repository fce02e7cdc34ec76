using FluentValidation;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.UpdateMentee;

public sealed class UpdateMenteeValidator : AbstractValidator<UpdateMenteeCommand>
{
    public UpdateMenteeValidator() => RuleFor(c => c.DataChannel).NotNull().IsInEnum();
}
