using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddTraining;

/// <summary>
/// A completed training on mentorship (ДПП course: дополнительная профессиональная программа), counted for criterion 6
/// and the trained-staff indicator.
/// </summary>
/// <param name="Name">Name of the course; up to 500 characters.</param>
/// <param name="Hours">Length of the course in academic hours (1–2000).</param>
/// <param name="CompletedAt">Date the course was completed.</param>
/// <param name="Provider">Who ran the course; optional, up to 200 characters.</param>
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
