using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGroupQuery(Guid Id) : IRequest<GroupDto>;

internal sealed class GetGroupHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGroupQuery, GroupDto>
{
    public Task<GroupDto> Handle(GetGroupQuery request, CancellationToken cancellationToken) =>
        GroupReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
