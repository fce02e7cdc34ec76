using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;

/// <summary>Ends a pair/group: completed (results presented) or terminated early with a reason.</summary>
/// <param name="Outcome">
/// Completed (завершена, results presented) or Terminated (прекращена досрочно); not Active.
/// </param>
/// <param name="Reason">Why it ended; required when terminated, up to 1000 characters.</param>
/// <param name="EndedAt">Date it ended; today when omitted.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record EndGroupCommand(GroupStatus? Outcome, string? Reason, DateOnly? EndedAt) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class EndGroupHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<EndGroupCommand, GroupDto>
{
    public async Task<GroupDto> Handle(EndGroupCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        (await db.ProgrammeAsync(group.ProgrammeId, cancellationToken)).EnsureActive();
        var endedAt = request.EndedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.Outcome == GroupStatus.Completed)
        {
            group.Complete(endedAt, request.Reason);
        }
        else
        {
            group.Terminate(endedAt, request.Reason!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GroupReads.DtoAsync(db, mapper, group.Id, cancellationToken);
    }
}
