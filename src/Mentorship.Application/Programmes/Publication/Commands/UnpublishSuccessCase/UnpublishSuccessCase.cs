using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;

namespace Mentorship.Application.Programmes.Publication.Commands.UnpublishSuccessCase;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UnpublishSuccessCaseCommand(Guid ProgrammeId, Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

internal sealed class UnpublishSuccessCaseHandler(IApplicationDbContext db) : IRequestHandler<UnpublishSuccessCaseCommand, PublicationStateDto>
{
    public async Task<PublicationStateDto> Handle(UnpublishSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var successCase = await PublicationState.CaseAsync(db, request.ProgrammeId, request.Id, request.ExpectedVersion, cancellationToken);
        successCase.Unpublish();
        return await PublicationState.SavedAsync(db, successCase, successCase.IsPublished, successCase.PublishedAt, cancellationToken);
    }
}
