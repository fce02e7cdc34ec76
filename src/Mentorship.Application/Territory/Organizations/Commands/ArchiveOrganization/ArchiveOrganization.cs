using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

namespace Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;

/// <summary>Archives an organisation: it keeps its history and indicators, leaves lists and takes no changes.</summary>
[Authorize(Roles = Roles.Coordinators)]
public sealed record ArchiveOrganizationCommand(Guid Id, long? ExpectedVersion) : IRequest<OrganizationDto>, IVersionedCommand;

internal sealed class ArchiveOrganizationHandler(IApplicationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<ArchiveOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(ArchiveOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (organization.IsArchived)
        {
            throw new ConflictException(Texts.Pick("Организация уже в архиве.", "The organisation is already archived."));
        }

        organization.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetOrganizationQuery(organization.Id), cancellationToken);
    }
}
