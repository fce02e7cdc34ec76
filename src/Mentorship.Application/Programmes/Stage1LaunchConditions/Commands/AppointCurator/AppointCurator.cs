using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;

public interface ITeamMemberFields
{
    Guid? PersonId { get; }

    string? FullName { get; }

    string? Position { get; }
}

public sealed class TeamMemberFieldsValidator : AbstractValidator<ITeamMemberFields>
{
    public TeamMemberFieldsValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().When(c => c.PersonId is null)
            .WithErrorCode(ErrorCodes.Programme.TeamMemberUnnamed);
        RuleFor(c => c.FullName).MaximumLength(TeamMember.FullNameMaxLength);
        RuleFor(c => c.Position).MaximumLength(TeamMember.PositionMaxLength);
    }
}

/// <summary>Appoints the programme's curator (replacing a previous one).</summary>
/// <param name="PersonId">The curator (куратор) as a registered person; optional when fullName is given.</param>
/// <param name="FullName">Full name of the curator; required when personId is not given, up to 300 characters.</param>
/// <param name="Position">
/// Position (должность), such as "заместитель директора по УВР"; optional, up to 200 characters.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AppointCuratorCommand(Guid? PersonId, string? FullName, string? Position) : IRequest<ProgrammeDto>, ITeamMemberFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AppointCuratorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AppointCuratorCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AppointCuratorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        await db.EnsurePersonVisibleAsync(request.PersonId, cancellationToken);
        programme.AppointCurator(request.PersonId, request.FullName, request.Position);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
