using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Regions.Queries.GetRegion;

[Authorize]
public sealed record GetRegionQuery(Guid Id) : IRequest<RegionDto>;

internal sealed class GetRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRegionQuery, RegionDto>
{
    public async Task<RegionDto> Handle(GetRegionQuery request, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => r.Id == request.Id).ProjectTo<RegionDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Region), request.Id);
}
