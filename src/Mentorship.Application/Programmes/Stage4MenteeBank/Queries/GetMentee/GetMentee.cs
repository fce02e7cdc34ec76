using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMenteeQuery(Guid ProgrammeId, Guid MenteeId) : IRequest<MenteeDto>;

internal sealed class GetMenteeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMenteeQuery, MenteeDto>
{
    public async Task<MenteeDto> Handle(GetMenteeQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Mentees.AsNoTracking().Where(m => m.Id == request.MenteeId && m.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MenteeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Mentee), request.MenteeId);
    }
}
