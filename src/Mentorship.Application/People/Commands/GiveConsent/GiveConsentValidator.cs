using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.GiveConsent;

public sealed class GiveConsentValidator : AbstractValidator<GiveConsentCommand>
{
    public GiveConsentValidator(TimeProvider time)
    {
        RuleFor(c => c.GivenBy).NotNull().IsInEnum();
        RuleFor(c => c.RepresentativeName).NotEmpty().When(c => c.GivenBy == ConsentGiver.LegalRepresentative)
            .WithErrorCode(ErrorCodes.Consent.RepresentativeRequired);
        RuleFor(c => c.RepresentativeName).MaximumLength(Consent.RepresentativeNameMaxLength);
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(Consent.PurposeMaxLength);
        RuleFor(c => c.DocumentReference).MaximumLength(Consent.DocumentReferenceMaxLength);
        RuleFor(c => c.GivenAt).Must(at => at is null || at <= time.GetUtcNow().AddMinutes(5))
            .WithErrorCode(ErrorCodes.Consent.GivenInFuture);
    }
}
