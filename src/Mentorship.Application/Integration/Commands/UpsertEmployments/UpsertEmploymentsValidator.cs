using FluentValidation;
using Mentorship.Domain.People;

namespace Mentorship.Application.Integration.Commands.UpsertEmployments;

public sealed class UpsertEmploymentsValidator : AbstractValidator<UpsertEmploymentsCommand>
{
    public UpsertEmploymentsValidator()
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.PersonExternalId).NotEmpty().MaximumLength(PersonExternalId.ExternalIdMaxLength);
            row.RuleFor(r => r.OrganizationId).NotEmpty();
            row.RuleFor(r => r.HiredAt).NotNull();
            row.RuleFor(r => r.LeftAt).GreaterThanOrEqualTo(r => r.HiredAt).When(r => r.LeftAt is not null && r.HiredAt is not null);
            row.RuleFor(r => r.ExperienceYearsAtHire).NotNull().InclusiveBetween(0m, 70m);
        });
    }
}
