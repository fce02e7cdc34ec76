using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddPublication;

public sealed record PublicationDto(Guid Id, Guid PersonId, PublicationKind Kind, ActivityLevel Level, string Title, DateOnly Date, string? Url)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Publication, PublicationDto>();
    }
}
