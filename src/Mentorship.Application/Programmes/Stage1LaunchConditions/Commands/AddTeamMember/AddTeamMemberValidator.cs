using FluentValidation;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddTeamMember;

public sealed class AddTeamMemberValidator : AbstractValidator<AddTeamMemberCommand>
{
    public AddTeamMemberValidator() => Include(new TeamMemberFieldsValidator());
}
