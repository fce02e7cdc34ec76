using FluentValidation;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Application.Integration.Commands.UpsertPeople;

public sealed class UpsertPeopleValidator : AbstractValidator<UpsertPeopleCommand>
{
    public UpsertPeopleValidator(TimeProvider time)
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.ExternalId).NotEmpty().MaximumLength(PersonExternalId.ExternalIdMaxLength);
            row.Include(new PersonFieldsValidator(time));
        });
        RuleForEach(c => c.Items)
            .Must((command, row, context) => command.Items!.Count(r => r.ExternalId == row.ExternalId) == 1)
            .When(c => c.Items is not null)
            .WithErrorCode(ErrorCodes.Integration.DuplicateExternalId)
            .WithState((_, row) => new object?[] { row.ExternalId });
    }
}
