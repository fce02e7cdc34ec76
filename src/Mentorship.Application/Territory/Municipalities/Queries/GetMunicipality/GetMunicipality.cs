using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;

[Authorize]
public sealed record GetMunicipalityQuery(Guid Id) : IRequest<MunicipalityDto>;

internal sealed class GetMunicipalityHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMunicipalityQuery, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(GetMunicipalityQuery request, CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking().Where(m => m.Id == request.Id).ProjectTo<MunicipalityDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Municipality), request.Id);
}
