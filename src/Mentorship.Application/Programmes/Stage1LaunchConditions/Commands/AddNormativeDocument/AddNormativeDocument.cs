using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;

/// <summary>Registers a document of the programme: an order, the council minutes, the plan, the regulation…</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddNormativeDocumentCommand : DocumentFieldsCommand, IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddNormativeDocumentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper) : IRequestHandler<AddNormativeDocumentCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddNormativeDocumentCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var document = programme.AddDocument(request.Kind!.Value, request.Number, request.Date!.Value, request.Title, request.FileReference, request.ApprovedBy);
        db.Audit(user, time, AuditAction.Create, document, DocumentAccess.Created, $"Programme {programme.Id} {document.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
