using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidates;

public sealed class GetMentorCandidatesValidator : AbstractValidator<GetMentorCandidatesQuery>
{
    public GetMentorCandidatesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Decision).IsInEnum();
    }
}
