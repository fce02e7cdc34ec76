using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentees;

public sealed class GetMenteesValidator : AbstractValidator<GetMenteesQuery>
{
    public GetMenteesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Tag).MaximumLength(TextLengths.Tag);
    }
}
