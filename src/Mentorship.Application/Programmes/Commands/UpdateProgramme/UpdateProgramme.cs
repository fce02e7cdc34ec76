using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Commands.CreateProgramme;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Commands.UpdateProgramme;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateProgrammeCommand(string? Title, string? Description, AcademicYear? StartYear, AcademicYear? EndYear)
    : IRequest<ProgrammeDto>, IProgrammeFields, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdateProgrammeCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(UpdateProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        programme.Update(request.Title!, request.Description, request.StartYear!.Value, request.EndYear);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
