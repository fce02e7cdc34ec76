using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;

namespace Mentorship.Application.MentorBank.Queries.GetBankMentors;

public sealed class GetBankMentorsValidator : AbstractValidator<GetBankMentorsQuery>
{
    public GetBankMentorsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Competence).MaximumLength(TextLengths.Tag);
        RuleFor(q => q.Role).IsInEnum();
    }
}
