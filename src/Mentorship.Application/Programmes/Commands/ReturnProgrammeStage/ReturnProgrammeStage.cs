using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Commands.ReturnProgrammeStage;

/// <summary>Returns the programme to an earlier stage, with a reason kept in its history.</summary>
/// <param name="Stage">The earlier stage (этап) to go back to.</param>
/// <param name="Reason">Why the programme goes back, kept in its history; up to 1000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ReturnProgrammeStageCommand(ProgrammeStage? Stage, string? Reason) : IRequest<ProgrammeStageDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ReturnProgrammeStageHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReturnProgrammeStageCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(ReturnProgrammeStageCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.ReturnTo(request.Stage!.Value, request.Reason!, time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await db.StageDtoAsync(programme, cancellationToken);
    }
}
