using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.UpdateNormativeDocument;

/// <summary>New requisites of a document of the programme.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateNormativeDocumentCommand : DocumentFieldsCommand, IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid DocumentId { get; init; }
}

internal sealed class UpdateNormativeDocumentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper)
    : IRequestHandler<UpdateNormativeDocumentCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(UpdateNormativeDocumentCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        if (!programme.UpdateDocument(request.DocumentId, request.Kind!.Value, request.Number, request.Date!.Value, request.Title, request.FileReference, request.ApprovedBy))
        {
            throw new NotFoundException(nameof(NormativeDocument), request.DocumentId);
        }

        db.Audit(user, time, AuditAction.Update, programme.Documents.Single(d => d.Id == request.DocumentId), DocumentAccess.Updated, request.Kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
