using MediatR;
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
        var progress = await db.ProgressAsync(programme, cancellationToken);
        try
        {
            programme.Advance(progress, time.GetUtcNow(), user.Id);
        }
        catch (StageGateNotMetException refusal)
        {
            throw StageGates.Refused(programme, refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.StageDtoAsync(programme, cancellationToken);
    }
}
