using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.DecideMentorCandidate;

public sealed class DecideMentorCandidateValidator : AbstractValidator<DecideMentorCandidateCommand>
{
    public DecideMentorCandidateValidator()
    {
        RuleFor(c => c.Decision).NotNull().IsInEnum();
        RuleFor(c => c.Comment).MaximumLength(MentorCandidate.CommentMaxLength);
    }
}
