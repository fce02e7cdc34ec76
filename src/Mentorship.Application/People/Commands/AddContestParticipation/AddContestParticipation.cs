using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddContestParticipation;

/// <summary>
/// A contest a person took part in (участие в конкурсе): professional contests count for criterion 5, mentorship
/// contests for criterion 6 and the contest indicator.
/// </summary>
/// <param name="Year">Calendar year of the participation (2000–2100), the monitoring year it counts in.</param>
/// <param name="Date">Date of the contest; optional.</param>
/// <param name="Level">Level of the contest: school, municipal, regional or federal.</param>
/// <param name="Kind">Kind of contest: professional or mentorship.</param>
/// <param name="Name">Name of the contest, such as «Лучшие практики наставничества»; up to 500 characters.</param>
/// <param name="Result">Result (участник, призёр, победитель …); optional, up to 200 characters.</param>
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
