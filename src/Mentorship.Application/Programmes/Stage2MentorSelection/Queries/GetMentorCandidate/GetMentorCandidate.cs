using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorCandidateQuery(Guid ProgrammeId, Guid CandidateId) : IRequest<MentorCandidateDto>;

internal sealed class GetMentorCandidateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorCandidateQuery, MentorCandidateDto>
{
    public async Task<MentorCandidateDto> Handle(GetMentorCandidateQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.CandidateDtoAsync(mapper, request.ProgrammeId, request.CandidateId, cancellationToken);
    }
}
