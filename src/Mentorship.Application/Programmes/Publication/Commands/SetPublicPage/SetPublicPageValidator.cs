using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication.Commands.SetPublicPage;

public sealed class SetPublicPageValidator : AbstractValidator<SetPublicPageCommand>
{
    public SetPublicPageValidator()
    {
        RuleFor(c => c.ParentsText).MaximumLength(ProgrammePublicPage.TextMaxLength);
        RuleFor(c => c.PupilsText).MaximumLength(ProgrammePublicPage.TextMaxLength);
    }
}
