using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;

namespace Mentorship.Application.Programmes.Publication.Commands.UnpublishProgramme;

/// <summary>Takes the programme, and with it its success cases, off the open information resource.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UnpublishProgrammeCommand(Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

internal sealed class UnpublishProgrammeHandler(IApplicationDbContext db) : IRequestHandler<UnpublishProgrammeCommand, PublicationStateDto>
{
    public async Task<PublicationStateDto> Handle(UnpublishProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        programme.Unpublish();
        return await PublicationState.SavedAsync(db, programme, programme.IsPublished, programme.PublishedAt, cancellationToken);
    }
}
