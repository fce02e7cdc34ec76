using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.JoinRequests.Commands.SubmitJoinRequest;

public sealed class SubmitJoinRequestValidator : AbstractValidator<SubmitJoinRequestCommand>
{
    public SubmitJoinRequestValidator(TimeProvider time)
    {
        RuleFor(c => c.Child).NotNull();
        RuleFor(c => c.Requester).NotNull();
        RuleFor(c => c.Consent).NotNull();
        RuleFor(c => c.Form).IsInEnum();
        RuleFor(c => c.Text).MaximumLength(TextLengths.FreeText);
        RuleFor(c => c.Child!).ChildFor(time).When(c => c.Child is not null);
        RuleFor(c => c.Requester!).ChildRules(r =>
        {
            r.RuleFor(x => x.Kind).NotNull().IsInEnum();
            r.RuleFor(x => x.Name).NotEmpty().MaximumLength(JoinRequest.NameMaxLength);
            r.RuleFor(x => x.Email).MaximumLength(JoinRequest.ContactMaxLength).EmailAddress();
            r.RuleFor(x => x.Phone).MaximumLength(JoinRequest.PhoneMaxLength).Matches(@"^\+?[0-9 ()\-]{5,}$");
            r.RuleFor(x => x.Email).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.Phone)).WithErrorCode(ErrorCodes.JoinRequests.ContactRequired);
        }).When(c => c.Requester is not null);
        RuleFor(c => c.Consent!).ChildRules(r =>
        {
            r.RuleFor(x => x.Given).Equal(true).WithErrorCode(ErrorCodes.JoinRequests.ConsentRequired);
            r.RuleFor(x => x.RepresentativeName).NotEmpty().MaximumLength(Consent.RepresentativeNameMaxLength);
            r.RuleFor(x => x.TextVersion).NotEmpty().MaximumLength(JoinRequest.ConsentTextVersionMaxLength);
        }).When(c => c.Consent is not null);
    }
}

internal static class JoinRequestChildRules
{
    public static IRuleBuilderOptions<SubmitJoinRequestCommand, JoinRequestChildInput> ChildFor(
        this IRuleBuilder<SubmitJoinRequestCommand, JoinRequestChildInput> rule, TimeProvider time) => rule.ChildRules(r =>
    {
        r.RuleFor(x => x.LastName).NotEmpty().MaximumLength(TextLengths.NamePart);
        r.RuleFor(x => x.FirstName).NotEmpty().MaximumLength(TextLengths.NamePart);
        r.RuleFor(x => x.MiddleName).MaximumLength(TextLengths.NamePart);
        r.RuleFor(x => x.Grade).InclusiveBetween(Person.MinGrade, Person.MaxGrade);
        r.RuleFor(x => x.BirthDate).NotNull().When(x => x.Grade is null).WithErrorCode(ErrorCodes.JoinRequests.AgeOrGradeRequired);
        r.RuleFor(x => x.BirthDate).LessThanOrEqualTo(_ => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    });
}
