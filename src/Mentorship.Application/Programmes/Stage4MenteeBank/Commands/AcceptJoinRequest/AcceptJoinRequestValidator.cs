using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AcceptJoinRequest;

public sealed class AcceptJoinRequestValidator : AbstractValidator<AcceptJoinRequestCommand>
{
    public AcceptJoinRequestValidator()
    {
        RuleFor(c => c.PersonId).NotEqual(Guid.Empty);
        RuleForEach(c => c.Tags).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}
