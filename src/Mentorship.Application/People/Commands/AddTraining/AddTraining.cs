using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddTraining;

[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddTrainingCommand(string? Name, int? Hours, DateOnly? CompletedAt, string? Provider) : IRequest<TrainingDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class AddTrainingHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddTrainingCommand, TrainingDto>
{
    public async Task<TrainingDto> Handle(AddTrainingCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        var record = person.RecordTraining(request.Name!, request.Hours!.Value, request.CompletedAt!.Value, request.Provider);
        db.Trainings.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TrainingDto>(record);
    }
}
