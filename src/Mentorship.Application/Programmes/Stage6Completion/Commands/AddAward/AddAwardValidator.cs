using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.AddAward;

public sealed class AddAwardValidator : AbstractValidator<AddAwardCommand>
{
    public AddAwardValidator()
    {
        RuleFor(c => c.GroupId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
    }
}
