using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorQuery(Guid ProgrammeId, Guid MentorId) : IRequest<MentorDto>;

internal sealed class GetMentorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorQuery, MentorDto>
{
    public async Task<MentorDto> Handle(GetMentorQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.Mentors.AsNoTracking().Where(m => m.Id == request.MentorId && m.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MentorDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Mentor), request.MentorId);
    }
}
