using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.MentorBank.Commands.UpdateBankMentor;

public sealed class UpdateBankMentorValidator : AbstractValidator<UpdateBankMentorCommand>
{
    public UpdateBankMentorValidator()
    {
        RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, Mentor.MaxCapacity);
        RuleFor(c => c.Competences).NotEmpty();
        RuleForEach(c => c.Competences).NotEmpty().MaximumLength(TextLengths.Tag);
        RuleFor(c => c.IsActive).NotNull();
    }
}
