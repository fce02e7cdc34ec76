using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddFeedback;

public sealed class AddFeedbackValidator : AbstractValidator<AddFeedbackCommand>
{
    public AddFeedbackValidator()
    {
        RuleFor(c => c.Stage).NotNull().IsInEnum();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
        RuleFor(c => c.Rating).InclusiveBetween(Feedback.MinRating, Feedback.MaxRating);
    }
}
