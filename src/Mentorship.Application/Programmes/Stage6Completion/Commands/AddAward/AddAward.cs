using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.AddAward;

/// <summary>Awards one of the best pairs/groups at completion (stage 6); a terminated pair is not awarded.</summary>
/// <param name="GroupId">The pair or group awarded (not a terminated one).</param>
/// <param name="Title">The award (поощрение), such as "Лучшая наставническая пара"; up to 500 characters.</param>
/// <param name="AwardedAt">Date of the award; today when omitted.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddAwardCommand(Guid? GroupId, string? Title, DateOnly? AwardedAt) : IRequest<AwardDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddAwardHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<AddAwardCommand, AwardDto>
{
    public async Task<AwardDto> Handle(AddAwardCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        var group = await CompletionReads.GroupOfAsync(db, programme.Id, request.GroupId!.Value, "groupId", cancellationToken);
        var award = Award.To(group, request.Title!, request.AwardedAt ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AwardDto>(award);
    }
}
