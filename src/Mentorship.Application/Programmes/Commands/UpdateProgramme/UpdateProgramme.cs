using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Commands.CreateProgramme;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Commands.UpdateProgramme;

/// <summary>New title, description and academic years of a programme (программа наставничества).</summary>
/// <param name="Title">Title of the programme; up to 500 characters.</param>
/// <param name="Description">What the programme is about; optional, up to 4000 characters.</param>
/// <param name="StartYear">Academic year (учебный год) the programme starts, such as "2024/2025".</param>
/// <param name="EndYear">Academic year it ends, not before the start; optional.</param>
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
