using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

[Authorize]
public sealed record GetOrganizationQuery(Guid Id) : IRequest<OrganizationDto>;

internal sealed class GetOrganizationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetOrganizationQuery, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(GetOrganizationQuery request, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == request.Id).ProjectTo<OrganizationDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Organization), request.Id);
}
