using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddContestParticipation;

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddContestParticipationCommand(int? Year, DateOnly? Date, ActivityLevel? Level, ContestKind? Kind, string? Name, string? Result) : IRequest<ContestParticipationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class AddContestParticipationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddContestParticipationCommand, ContestParticipationDto>
{
    public async Task<ContestParticipationDto> Handle(AddContestParticipationCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        var record = person.RecordContest(request.Year!.Value, request.Date, request.Level!.Value, request.Kind!.Value, request.Name!, request.Result);
        db.ContestParticipations.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ContestParticipationDto>(record);
    }
}
