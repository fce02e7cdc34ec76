using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;

/// <param name="ProgrammeId">The programme.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetPublicPageQuery(Guid ProgrammeId) : IRequest<ProgrammePublicPageDto>;

internal sealed class GetPublicPageHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPublicPageQuery, ProgrammePublicPageDto>
{
    public async Task<ProgrammePublicPageDto> Handle(GetPublicPageQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var page = await db.ProgrammePublicPages.AsNoTracking().SingleOrDefaultAsync(p => p.ProgrammeId == request.ProgrammeId, cancellationToken);
        return mapper.Map<ProgrammePublicPageDto>(page ?? new ProgrammePublicPage(request.ProgrammeId));
    }
}
