using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;

[Authorize]
public sealed record GetMunicipalityQuery(Guid Id) : IRequest<MunicipalityDto>;

internal sealed class GetMunicipalityHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMunicipalityQuery, MunicipalityDto>
{
    public Task<MunicipalityDto> Handle(GetMunicipalityQuery request, CancellationToken cancellationToken) =>
        MunicipalityReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
