using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;

/// <summary>Records an intermediate result of the pair/group or of one mentee (the curator or a mentor of the group).</summary>
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
