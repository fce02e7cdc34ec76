using FluentValidation;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;

public sealed class AppointCuratorValidator : AbstractValidator<AppointCuratorCommand>
{
    public AppointCuratorValidator() => Include(new TeamMemberFieldsValidator());
}
