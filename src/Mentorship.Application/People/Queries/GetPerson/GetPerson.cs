using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.People.Queries.GetPerson;

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPersonQuery(Guid Id) : IRequest<PersonDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => Id;
}

internal sealed class GetPersonHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPersonQuery, PersonDto>
{
    public Task<PersonDto> Handle(GetPersonQuery request, CancellationToken cancellationToken) =>
        PersonReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
