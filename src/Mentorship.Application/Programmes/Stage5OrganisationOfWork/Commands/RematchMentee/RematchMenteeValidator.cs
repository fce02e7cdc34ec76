using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;

public sealed class RematchMenteeValidator : AbstractValidator<RematchMenteeCommand>
{
    public RematchMenteeValidator()
    {
        RuleFor(c => c.MenteePersonId).NotEmpty();
        RuleFor(c => c.MentorPersonId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MentoringGroup.ReasonMaxLength);
    }
}
