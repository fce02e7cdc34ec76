using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetPerson;

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPersonQuery(Guid Id) : IRequest<PersonDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => Id;
}

internal sealed class GetPersonHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPersonQuery, PersonDto>
{
    public async Task<PersonDto> Handle(GetPersonQuery request, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.Id == request.Id).ProjectTo<PersonDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Person), request.Id);
}
