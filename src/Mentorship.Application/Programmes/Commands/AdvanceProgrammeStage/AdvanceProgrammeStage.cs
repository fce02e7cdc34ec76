using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Commands.AdvanceProgrammeStage;

/// <summary>Moves the programme one stage forward when the gate of its stage holds; else 409 with the checklist.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AdvanceProgrammeStageCommand(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class AdvanceProgrammeStageHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<AdvanceProgrammeStageCommand, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(AdvanceProgrammeStageCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        programme.EnsureActive();
        if (programme.Stage == ProgrammeStage.Completion)
        {
            throw new ConflictException(Texts.Pick("Это последний этап: программу можно закрыть.", "This is the last stage: close the programme instead."), "stage");
        }

        var gate = await StageGates.EvaluateAsync(db, programme, cancellationToken);
        if (!gate.IsOpen)
        {
            throw StageGates.Refused(programme, gate, Texts.Pick(
                $"Этап {(int)programme.Stage} не завершён: не выполнены условия перехода.",
                $"Stage {(int)programme.Stage} is not complete: its gate does not hold."));
        }

        programme.Advance(gate, time.GetUtcNow(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, await StageGates.EvaluateAsync(db, programme, cancellationToken));
    }
}
