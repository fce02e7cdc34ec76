using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddProgrammeTask;

/// <summary>Adds a task of the programme with its expected result.</summary>
/// <param name="Text">The task (задача программы); up to 1000 characters.</param>
/// <param name="ExpectedResult">Expected result (ожидаемый результат); optional, up to 1000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddProgrammeTaskCommand(string? Text, string? ExpectedResult) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddProgrammeTaskHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddProgrammeTaskCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddProgrammeTaskCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.AddTask(request.Text!, request.ExpectedResult);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
