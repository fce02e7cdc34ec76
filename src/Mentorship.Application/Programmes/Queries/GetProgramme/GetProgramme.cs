using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetProgrammeQuery(Guid Id) : IRequest<ProgrammeDto>;

internal sealed class GetProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammeQuery, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(GetProgrammeQuery request, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().Where(p => p.Id == request.Id).ProjectTo<ProgrammeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Programme), request.Id);
}
