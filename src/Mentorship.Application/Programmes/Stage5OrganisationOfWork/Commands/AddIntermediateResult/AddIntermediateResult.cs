using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;

/// <summary>Records an intermediate result of the pair/group or of one mentee (the curator or a mentor of the group).</summary>
/// <param name="MenteePersonId">The mentee the result is of; omit for a result of the whole pair or group.</param>
/// <param name="RecordedOn">Date the result was recorded.</param>
/// <param name="Text">The intermediate result (промежуточный результат) in words; up to 4000 characters.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddIntermediateResultCommand(Guid? MenteePersonId, DateOnly? RecordedOn, string? Text) : IRequest<IntermediateResultDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class AddIntermediateResultHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<AddIntermediateResultCommand, IntermediateResultDto>
{
    public async Task<IntermediateResultDto> Handle(AddIntermediateResultCommand request, CancellationToken cancellationToken)
    {
        var group = await GroupReads.ForRecordAsync(db, user, request.GroupId, mentorsOnly: true, cancellationToken);
        var result = group.RecordResult(request.MenteePersonId, request.RecordedOn!.Value, request.Text!);
        db.IntermediateResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<IntermediateResultDto>(result);
    }
}
