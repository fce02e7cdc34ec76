using FluentValidation;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;

public sealed class AddMentorValidator : AbstractValidator<AddMentorCommand>
{
    public AddMentorValidator()
    {
        RuleFor(c => c.CandidateId).NotEmpty();
        RuleFor(c => c.TrainingExceptionReason).MaximumLength(Mentorship.Domain.Programmes.MunicipalMentor.ReasonMaxLength);
        Include(new MentorFieldsValidator());
    }
}
