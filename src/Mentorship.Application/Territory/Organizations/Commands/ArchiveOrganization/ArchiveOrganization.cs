using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

namespace Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;

/// <summary>Archives an organisation: it keeps its history and indicators, leaves lists and takes no changes.</summary>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ArchiveOrganizationCommand(Guid Id, long? ExpectedVersion) : IRequest<OrganizationDto>, IVersionedCommand;

internal sealed class ArchiveOrganizationHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<ArchiveOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(ArchiveOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        organization.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await OrganizationReads.DtoAsync(db, mapper, organization.Id, cancellationToken);
    }
}
