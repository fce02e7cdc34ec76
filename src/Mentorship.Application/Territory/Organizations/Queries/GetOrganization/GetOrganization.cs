using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

[Authorize]
public sealed record GetOrganizationQuery(Guid Id) : IRequest<OrganizationDto>;

internal sealed class GetOrganizationHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetOrganizationQuery, OrganizationDto>
{
    public Task<OrganizationDto> Handle(GetOrganizationQuery request, CancellationToken cancellationToken) =>
        OrganizationReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
