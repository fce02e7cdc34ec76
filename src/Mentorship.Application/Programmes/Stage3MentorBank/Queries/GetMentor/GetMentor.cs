using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorQuery(Guid ProgrammeId, Guid MentorId) : IRequest<MentorDto>;

internal sealed class GetMentorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorQuery, MentorDto>
{
    public async Task<MentorDto> Handle(GetMentorQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.MentorDtoAsync(mapper, request.ProgrammeId, request.MentorId, cancellationToken);
    }
}
