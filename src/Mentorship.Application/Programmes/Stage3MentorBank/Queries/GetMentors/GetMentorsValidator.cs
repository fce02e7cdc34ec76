using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;

public sealed class GetMentorsValidator : AbstractValidator<GetMentorsQuery>
{
    public GetMentorsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Competence).MaximumLength(TextLengths.Tag);
    }
}
