using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;

public sealed record GroupMemberInput(Guid? PersonId, GroupRole? Role);

/// <summary>The curator confirms a pair or group (a proposal, or one of their own): form, format and members.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ConfirmGroupCommand(MentoringForm? Form, MentoringFormat? Format, string? Name, DateOnly? StartedAt, IReadOnlyList<GroupMemberInput>? Members) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class ConfirmGroupHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<ConfirmGroupCommand, GroupDto>
{
    public async Task<GroupDto> Handle(ConfirmGroupCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var members = request.Members!.Select(m => (m.PersonId!.Value, m.Role!.Value)).ToList();
        var group = await GroupRules.ConfirmAsync(db, programme, request.Form!.Value, request.Format!.Value, request.Name,
            request.StartedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), members, time.GetUtcNow(), i => $"members[{i}].personId", null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetGroupQuery(group.Id), cancellationToken);
    }
}
