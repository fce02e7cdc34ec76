using FluentValidation;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;

public sealed class CompleteMentorTrainingValidator : AbstractValidator<CompleteMentorTrainingCommand>
{
    public CompleteMentorTrainingValidator() => RuleFor(c => c.CompletedAt).NotNull();
}
