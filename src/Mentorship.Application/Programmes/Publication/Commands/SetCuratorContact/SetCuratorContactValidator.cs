using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication.Commands.SetCuratorContact;

public sealed class SetCuratorContactValidator : AbstractValidator<SetCuratorContactCommand>
{
    public SetCuratorContactValidator()
    {
        RuleFor(c => c.Publish).NotNull();
        RuleFor(c => c.Name).MaximumLength(ProgrammePublicPage.ContactNameMaxLength);
        RuleFor(c => c.WorkEmail).MaximumLength(ProgrammePublicPage.EmailMaxLength).EmailAddress();
        RuleFor(c => c.WorkPhone).MaximumLength(ProgrammePublicPage.PhoneMaxLength).Matches(@"^\+?[0-9 ()\-]{5,}$");
    }
}
