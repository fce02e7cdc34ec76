using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddPublication;

/// <summary>A presentation or publication of a person (выступление, публикация), counted for criterion 6.</summary>
/// <param name="Id">Identifier of the record.</param>
/// <param name="PersonId">The author.</param>
/// <param name="Kind">Kind: conference talk, seminar talk, article or other.</param>
/// <param name="Level">Level: school (organisation), municipal, regional or federal.</param>
/// <param name="Title">Title of the talk or publication.</param>
/// <param name="Date">Date of the talk or publication.</param>
/// <param name="Url">Link to it; null when not given.</param>
public sealed record PublicationDto(Guid Id, Guid PersonId, PublicationKind Kind, ActivityLevel Level, string Title, DateOnly Date, string? Url)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Publication, PublicationDto>();
    }
}
