using FluentValidation;
using Mentorship.Domain.Integration;

namespace Mentorship.Application.Integration.Commands.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(ApiKey.ClientIdMaxLength).Matches("^[A-Za-z0-9._-]+$");
        RuleFor(c => c.OrganizationIds).NotEmpty();
        RuleFor(c => c.OrganizationIds!.Count).LessThanOrEqualTo(1000).When(c => c.OrganizationIds is not null);
    }
}
