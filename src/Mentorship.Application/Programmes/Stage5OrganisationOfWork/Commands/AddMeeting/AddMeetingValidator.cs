using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddMeeting;

public sealed class AddMeetingValidator : AbstractValidator<AddMeetingCommand>
{
    public AddMeetingValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.DurationMinutes).NotNull().InclusiveBetween(1, Meeting.MaxDurationMinutes);
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Topic).MaximumLength(TextLengths.Title);
        RuleFor(c => c.Notes).MaximumLength(TextLengths.FreeText);
    }
}
