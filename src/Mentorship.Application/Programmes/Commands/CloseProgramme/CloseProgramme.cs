using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Commands.CloseProgramme;

/// <summary>Closes the programme at stage 6 once no pair or group is active; else 409 with the checklist.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CloseProgrammeCommand(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class CloseProgrammeHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<CloseProgrammeCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(CloseProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var active = await StageGates.ActiveGroupsAsync(db, programme.Id, cancellationToken);
        var gate = Programme.CompletionGate(active);
        if (!gate.IsOpen)
        {
            throw StageGates.Refused(programme, gate, Texts.Pick(
                $"Действующих пар и групп: {active}; программу можно закрыть, когда все они завершены.",
                $"{active} pair(s) or group(s) are still active; close the programme once all have ended."));
        }

        programme.Close(active, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, gate);
    }
}
