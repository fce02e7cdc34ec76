using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetFinalEventQuery(Guid ProgrammeId) : IRequest<FinalEventDto>;

internal sealed class GetFinalEventHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetFinalEventQuery, FinalEventDto>
{
    public async Task<FinalEventDto> Handle(GetFinalEventQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.FinalEvents.AsNoTracking().Where(e => e.ProgrammeId == request.ProgrammeId).ProjectTo<FinalEventDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(FinalEvent), request.ProgrammeId);
    }
}
