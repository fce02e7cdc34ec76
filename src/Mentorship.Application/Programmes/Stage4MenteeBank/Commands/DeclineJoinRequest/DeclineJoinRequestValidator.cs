using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.DeclineJoinRequest;

public sealed class DeclineJoinRequestValidator : AbstractValidator<DeclineJoinRequestCommand>
{
    public DeclineJoinRequestValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(TextLengths.Paragraph);
    }
}
