using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetRoadmapQuery(Guid Id) : IRequest<RoadmapDto>;

internal sealed class GetRoadmapHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRoadmapQuery, RoadmapDto>
{
    public Task<RoadmapDto> Handle(GetRoadmapQuery request, CancellationToken cancellationToken) => RoadmapReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
