using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddPublication;

/// <summary>
/// A presentation or publication of a person (выступление, публикация), counted for criterion 6 (dissemination).
/// </summary>
/// <param name="Kind">Kind: conference talk, seminar talk, article or other.</param>
/// <param name="Level">Level: school (organisation), municipal, regional or federal.</param>
/// <param name="Title">Title of the talk or publication; up to 500 characters.</param>
/// <param name="Date">Date of the talk or publication.</param>
/// <param name="Url">Link to it, an absolute address; optional, up to 1000 characters.</param>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddPublicationCommand(PublicationKind? Kind, ActivityLevel? Level, string? Title, DateOnly? Date, string? Url) : IRequest<PublicationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class AddPublicationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddPublicationCommand, PublicationDto>
{
    public async Task<PublicationDto> Handle(AddPublicationCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        var record = person.RecordPublication(request.Kind!.Value, request.Level!.Value, request.Title!, request.Date!.Value, request.Url);
        db.Publications.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<PublicationDto>(record);
    }
}
