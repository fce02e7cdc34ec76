using FluentValidation;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;

public sealed class UpdateMentorValidator : AbstractValidator<UpdateMentorCommand>
{
    public UpdateMentorValidator() => Include(new MentorFieldsValidator());
}
