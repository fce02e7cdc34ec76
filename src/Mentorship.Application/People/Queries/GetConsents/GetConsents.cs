using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetConsents;

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetConsentsQuery(Guid PersonId) : IRequest<IReadOnlyList<ConsentDto>>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetConsentsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetConsentsQuery, IReadOnlyList<ConsentDto>>
{
    public async Task<IReadOnlyList<ConsentDto>> Handle(GetConsentsQuery request, CancellationToken cancellationToken)
    {
        await PersonReads.EnsureExistsAsync(db, request.PersonId, cancellationToken);
        return await db.Consents.AsNoTracking().Where(c => c.PersonId == request.PersonId).OrderByDescending(c => c.GivenAt)
            .ProjectTo<ConsentDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
    }
}
