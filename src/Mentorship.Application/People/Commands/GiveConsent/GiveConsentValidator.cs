using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.GiveConsent;

public sealed class GiveConsentValidator : AbstractValidator<GiveConsentCommand>
{
    public GiveConsentValidator(TimeProvider time)
    {
        RuleFor(c => c.GivenBy).NotNull().IsInEnum();
        RuleFor(c => c.RepresentativeName).NotEmpty().When(c => c.GivenBy == ConsentGiver.LegalRepresentative)
            .WithMessage(_ => Texts.Pick("Укажите законного представителя.", "Name the legal representative."));
        RuleFor(c => c.RepresentativeName).MaximumLength(Consent.RepresentativeNameMaxLength);
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(Consent.PurposeMaxLength);
        RuleFor(c => c.DocumentReference).MaximumLength(Consent.DocumentReferenceMaxLength);
        RuleFor(c => c.GivenAt).Must(at => at is null || at <= time.GetUtcNow().AddMinutes(5))
            .WithMessage(_ => Texts.Pick("Согласие не может быть дано в будущем.", "A consent cannot be given in the future."));
    }
}
