using MediatR;
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
        var progress = await db.ProgressAsync(programme, cancellationToken);
        try
        {
            programme.Close(progress, time.GetUtcNow());
        }
        catch (StageGateNotMetException refusal)
        {
            throw StageGates.Refused(programme, refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return StageGates.ToDto(programme, programme.Gate(progress));
    }
}
