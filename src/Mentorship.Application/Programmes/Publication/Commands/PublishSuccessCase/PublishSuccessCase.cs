using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Publication.Commands.PublishSuccessCase;

/// <summary>Puts a success case in the public base of best practices; it shows there while its programme is published.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishSuccessCaseCommand(Guid ProgrammeId, Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

internal sealed class PublishSuccessCaseHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<PublishSuccessCaseCommand, PublicationStateDto>
{
    public async Task<PublicationStateDto> Handle(PublishSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var successCase = await PublicationState.CaseAsync(db, request.ProgrammeId, request.Id, request.ExpectedVersion, cancellationToken);
        if (successCase.IsPublished)
        {
            throw new ConflictException(ErrorCodes.Publication.CaseAlreadyPublished);
        }

        successCase.Publish(time.GetUtcNow());
        return await PublicationState.SavedAsync(db, successCase, successCase.IsPublished, successCase.PublishedAt, cancellationToken);
    }
}
