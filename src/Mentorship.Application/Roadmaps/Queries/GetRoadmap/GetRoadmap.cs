using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmap;

[Authorize(Roles = RoadmapRoles.Readers)]
public sealed record GetRoadmapQuery(Guid Id) : IRequest<RoadmapDto>;

internal sealed class GetRoadmapHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRoadmapQuery, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(GetRoadmapQuery request, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().Where(r => r.Id == request.Id).ProjectTo<RoadmapDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Roadmap), request.Id);
}
