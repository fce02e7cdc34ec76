using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;

public sealed class ConfirmGroupValidator : AbstractValidator<ConfirmGroupCommand>
{
    public ConfirmGroupValidator()
    {
        RuleFor(c => c.Form).NotNull().IsInEnum();
        RuleFor(c => c.Format).NotNull().IsInEnum();
        RuleFor(c => c.Name).MaximumLength(MentoringGroup.NameMaxLength);
        RuleFor(c => c.TeacherElement).IsInEnum();
        RuleFor(c => c.Deficit).MaximumLength(MentoringGroup.DeficitMaxLength);
        RuleFor(c => c.Members).NotEmpty();

        // Separate from NotEmpty: a When applies to every rule before it in its chain, and would excuse a null list.
        RuleFor(c => c.Members)
            .Must(m => m!.Any(x => x.Role == GroupRole.Mentor) && m!.Any(x => x.Role == GroupRole.Mentee))
            .WithErrorCode(ErrorCodes.Group.MentorAndMenteeRequired)
            .Must(m => m!.Select(x => x.PersonId).Distinct().Count() == m!.Count)
            .WithErrorCode(ErrorCodes.Group.MemberListedTwice)
            .When(c => c.Members is { Count: > 0 });
        RuleForEach(c => c.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.PersonId).NotEmpty();
            m.RuleFor(x => x.Role).NotNull().IsInEnum();
        });
    }
}
