using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.ScoreMentorCandidate;

public sealed class ScoreMentorCandidateValidator : AbstractValidator<ScoreMentorCandidateCommand>
{
    public ScoreMentorCandidateValidator()
    {
        RuleFor(c => c.Willingness).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.ProfessionalExperience).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.CompetencesAndCommunication).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.TimeResource).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.PositiveExperience).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.MatchToRequests).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.CivicPosition).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
        RuleFor(c => c.Motivation).NotNull().InclusiveBetween(0, MentorCandidate.MaxScore);
    }
}
