using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddTeamMember;

/// <summary>Adds a member of the organising team.</summary>
/// <param name="PersonId">The member as a registered person; optional when fullName is given.</param>
/// <param name="FullName">Full name of the member; required when personId is not given, up to 300 characters.</param>
/// <param name="Position">Position (должность); optional, up to 200 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddTeamMemberCommand(Guid? PersonId, string? FullName, string? Position) : IRequest<ProgrammeDto>, ITeamMemberFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddTeamMemberHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddTeamMemberCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddTeamMemberCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        await db.EnsurePersonVisibleAsync(request.PersonId, cancellationToken);
        programme.AddTeamMember(request.PersonId, request.FullName, request.Position);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
