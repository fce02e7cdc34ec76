using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Queries.GetProgramme;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetProgrammeQuery(Guid Id) : IRequest<ProgrammeDto>;

internal sealed class GetProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammeQuery, ProgrammeDto>
{
    public Task<ProgrammeDto> Handle(GetProgrammeQuery request, CancellationToken cancellationToken) =>
        db.ProgrammeDtoAsync(mapper, request.Id, cancellationToken);
}
