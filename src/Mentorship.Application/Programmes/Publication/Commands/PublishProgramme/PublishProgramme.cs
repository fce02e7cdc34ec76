using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;

/// <summary>Puts the programme on the open information resource (without any personal data).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishProgrammeCommand(Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

internal sealed class PublishProgrammeHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<PublishProgrammeCommand, PublicationStateDto>
{
    public async Task<PublicationStateDto> Handle(PublishProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        programme.Publish(time.GetUtcNow());
        return await PublicationState.SavedAsync(db, programme, programme.IsPublished, programme.PublishedAt, cancellationToken);
    }
}
