using FluentValidation;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;

public sealed class AddMentorCandidateValidator : AbstractValidator<AddMentorCandidateCommand>
{
    public AddMentorCandidateValidator() => RuleFor(c => c.PersonId).NotEmpty();
}
