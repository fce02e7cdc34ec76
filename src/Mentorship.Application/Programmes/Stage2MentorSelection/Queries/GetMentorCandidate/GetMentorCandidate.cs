using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorCandidateQuery(Guid ProgrammeId, Guid CandidateId) : IRequest<MentorCandidateDto>;

internal sealed class GetMentorCandidateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorCandidateQuery, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(GetMentorCandidateQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.MentorCandidates.AsNoTracking().Where(c => c.Id == request.CandidateId && c.ProgrammeId == request.ProgrammeId)
                   .ProjectTo<MentorCandidateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(MentorCandidate), request.CandidateId);
    }
}
