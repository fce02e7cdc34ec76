using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMenteeQuery(Guid ProgrammeId, Guid MenteeId) : IRequest<MenteeDto>;

internal sealed class GetMenteeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMenteeQuery, MenteeDto>
{
    public async Task<MenteeDto> Handle(GetMenteeQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        return await db.MenteeDtoAsync(mapper, request.ProgrammeId, request.MenteeId, cancellationToken);
    }
}
