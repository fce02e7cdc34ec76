using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGroupQuery(Guid Id) : IRequest<GroupDto>;

internal sealed class GetGroupHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGroupQuery, GroupDto>
{
    public async Task<GroupDto> Handle(GetGroupQuery request, CancellationToken cancellationToken)
    {
        var group = await db.MentoringGroups.AsNoTracking().Where(g => g.Id == request.Id).ProjectTo<GroupDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(MentoringGroup), request.Id);
        return (await GroupRules.WithNamesAsync(db, [group], cancellationToken))[0];
    }
}
