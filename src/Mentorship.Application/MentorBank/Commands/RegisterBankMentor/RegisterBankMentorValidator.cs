using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.MentorBank.Commands.RegisterBankMentor;

public sealed class RegisterBankMentorValidator : AbstractValidator<RegisterBankMentorCommand>
{
    public RegisterBankMentorValidator()
    {
        RuleFor(c => c.PersonId).NotEmpty();
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, Mentor.MaxCapacity);
        RuleFor(c => c.Competences).NotEmpty();
        RuleForEach(c => c.Competences).NotEmpty().MaximumLength(TextLengths.Tag);
        RuleFor(c => c.AgreedAt).NotNull();
        RuleFor(c => c.TrainingExceptionReason).MaximumLength(MunicipalMentor.ReasonMaxLength);
    }
}
