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
/// <param name="Kind">Kind of document (вид документа); the municipal kinds are not a programme's.</param>
/// <param name="Number">Document number (номер приказа, протокола); optional, up to 100 characters.</param>
/// <param name="Date">Date of the document.</param>
/// <param name="Title">Title; required for the kind Other, else optional; up to 500 characters.</param>
/// <param name="FileReference">Where the file is: an absolute http(s) address or a storage key (letters, digits, `. _ - /`); optional.</param>
/// <param name="ApprovedBy">Who approved (signed) it, name and position; optional, up to 200 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateNormativeDocumentCommand(NormativeDocumentKind? Kind, string? Number, DateOnly? Date, string? Title, string? FileReference, string? ApprovedBy)
    : IRequest<ProgrammeDto>, IDocumentFields
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
