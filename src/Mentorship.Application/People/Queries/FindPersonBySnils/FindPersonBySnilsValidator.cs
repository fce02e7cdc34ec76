using FluentValidation;

namespace Mentorship.Application.People.Queries.FindPersonBySnils;

public sealed class FindPersonBySnilsValidator : AbstractValidator<FindPersonBySnilsQuery>
{
    public FindPersonBySnilsValidator() => RuleFor(q => q.Snils).NotEmpty().ValidSnils();
}
