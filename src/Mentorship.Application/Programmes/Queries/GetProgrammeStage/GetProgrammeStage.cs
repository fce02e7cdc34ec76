using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeStage;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetProgrammeStageQuery(Guid Id) : IRequest<ProgrammeStageDto>;

internal sealed class GetProgrammeStageHandler(IApplicationDbContext db) : IRequestHandler<GetProgrammeStageQuery, ProgrammeStageDto>
{
    public async Task<ProgrammeStageDto> Handle(GetProgrammeStageQuery request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.Id, cancellationToken);
        return await db.StageDtoAsync(programme, cancellationToken);
    }
}
