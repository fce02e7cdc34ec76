using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;

/// <summary>Registers a normative document: the order on introducing the model, council minutes, plan, regulation or curator order.</summary>
/// <param name="Kind">Kind of document (вид нормативного документа).</param>
/// <param name="Number">Document number (номер приказа, протокола); optional, up to 100 characters.</param>
/// <param name="Date">Date of the document.</param>
/// <param name="Title">Title of the document; up to 500 characters.</param>
/// <param name="Url">Link to the document, an absolute http or https address; optional, up to 1000 characters.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddNormativeDocumentCommand(NormativeDocumentKind? Kind, string? Number, DateOnly? Date, string? Title, string? Url) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddNormativeDocumentHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddNormativeDocumentCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddNormativeDocumentCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.AddDocument(request.Kind!.Value, request.Number, request.Date!.Value, request.Title!, request.Url);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
