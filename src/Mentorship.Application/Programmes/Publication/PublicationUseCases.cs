using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication;

/// <summary>Whether a programme or a success case is on the open information resource.</summary>
public sealed record PublicationStateDto(Guid Id, bool IsPublished, DateTimeOffset? PublishedAt, long Version);

/// <summary>Puts the programme on the open information resource (without any personal data).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishProgrammeCommand(Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

/// <summary>Takes the programme, and with it its success cases, off the open information resource.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UnpublishProgrammeCommand(Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

/// <summary>Puts a success case in the public base of best practices; it shows there while its programme is published.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishSuccessCaseCommand(Guid ProgrammeId, Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UnpublishSuccessCaseCommand(Guid ProgrammeId, Guid Id, long? ExpectedVersion = null) : IRequest<PublicationStateDto>, IVersionedCommand;

internal sealed class PublicationHandlers(IApplicationDbContext db, TimeProvider time) :
    IRequestHandler<PublishProgrammeCommand, PublicationStateDto>,
    IRequestHandler<UnpublishProgrammeCommand, PublicationStateDto>,
    IRequestHandler<PublishSuccessCaseCommand, PublicationStateDto>,
    IRequestHandler<UnpublishSuccessCaseCommand, PublicationStateDto>
{
    public async Task<PublicationStateDto> Handle(PublishProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (programme.IsPublished)
        {
            throw new ConflictException(Texts.Pick("Программа уже опубликована.", "The programme is already published."));
        }

        programme.Publish(time.GetUtcNow());
        return await Saved(programme, programme.IsPublished, programme.PublishedAt, cancellationToken);
    }

    public async Task<PublicationStateDto> Handle(UnpublishProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        programme.Unpublish();
        return await Saved(programme, programme.IsPublished, programme.PublishedAt, cancellationToken);
    }

    public async Task<PublicationStateDto> Handle(PublishSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var successCase = await Case(request.ProgrammeId, request.Id, request.ExpectedVersion, cancellationToken);
        if (successCase.IsPublished)
        {
            throw new ConflictException(Texts.Pick("Кейс уже опубликован.", "The case is already published."));
        }

        successCase.Publish(time.GetUtcNow());
        return await Saved(successCase, successCase.IsPublished, successCase.PublishedAt, cancellationToken);
    }

    public async Task<PublicationStateDto> Handle(UnpublishSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var successCase = await Case(request.ProgrammeId, request.Id, request.ExpectedVersion, cancellationToken);
        successCase.Unpublish();
        return await Saved(successCase, successCase.IsPublished, successCase.PublishedAt, cancellationToken);
    }

    /// <summary>The case of that programme: a case of another programme is not found.</summary>
    private Task<SuccessCase> Case(Guid programmeId, Guid caseId, long? expectedVersion, CancellationToken cancellationToken) =>
        db.SuccessCases.Where(c => c.ProgrammeId == programmeId).FindVersionedAsync(caseId, expectedVersion, cancellationToken);

    private async Task<PublicationStateDto> Saved(AuditableEntity entity, bool isPublished, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return new PublicationStateDto(entity.Id, isPublished, publishedAt, entity.Version);
    }
}
