using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Documents.Commands.AddDocument;
using Mentorship.Application.Documents.Commands.RemoveDocument;
using Mentorship.Application.Documents.Commands.UpdateDocument;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Application.Documents.Queries.GetDocuments;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.UpdateNormativeDocument;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Queries.GetNormativeDocuments;
using Mentorship.Domain.Documents;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Documents;

/// <summary>
/// Documents at three levels (нормативные документы): an organisation's, a programme's (the programme's own are
/// added and removed with stage 1's routes) and a municipality's.
/// </summary>
public static class Documents
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Forbidden = StatusCodes.Status403Forbidden;

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("").WithTags("Documents");
        documents.MapGet("/programmes/{programmeId:guid}/documents", GetNormativeDocuments).WithName(nameof(GetNormativeDocuments)).ProducesValidationProblem().ProducesProblem(NotFound);
        documents.MapPut("/programmes/{programmeId:guid}/documents/{itemId:guid}", UpdateNormativeDocument).WithName(nameof(UpdateNormativeDocument)).ProducesWriteProblems();

        documents.MapGet("/organizations/{organizationId:guid}/documents", GetOrganizationDocuments).WithName(nameof(GetOrganizationDocuments)).Sends<GetDocumentsQuery>().ProducesValidationProblem().ProducesProblem(NotFound);
        documents.MapPost("/organizations/{organizationId:guid}/documents", AddOrganizationDocument).WithName(nameof(AddOrganizationDocument)).Sends<AddDocumentCommand>().ProducesWriteProblems().ProducesProblem(Forbidden);
        documents.MapGet("/organizations/{organizationId:guid}/documents/{documentId:guid}", GetOrganizationDocument).WithName(nameof(GetOrganizationDocument)).Sends<GetDocumentQuery>().ProducesProblem(NotFound);
        documents.MapPut("/organizations/{organizationId:guid}/documents/{documentId:guid}", UpdateOrganizationDocument).WithName(nameof(UpdateOrganizationDocument)).Sends<UpdateDocumentCommand>().ProducesWriteProblems().ProducesUpdateProblems().ProducesProblem(Forbidden);
        documents.MapDelete("/organizations/{organizationId:guid}/documents/{documentId:guid}", RemoveOrganizationDocument).WithName(nameof(RemoveOrganizationDocument)).Sends<RemoveDocumentCommand>().ProducesProblem(NotFound).ProducesProblem(Forbidden);

        documents.MapGet("/municipalities/{municipalityId:guid}/documents", GetMunicipalDocuments).WithName(nameof(GetMunicipalDocuments)).Sends<GetDocumentsQuery>().ProducesValidationProblem().ProducesProblem(NotFound);
        documents.MapPost("/municipalities/{municipalityId:guid}/documents", AddMunicipalDocument).WithName(nameof(AddMunicipalDocument)).Sends<AddDocumentCommand>().ProducesWriteProblems().ProducesProblem(Forbidden);
        documents.MapGet("/municipalities/{municipalityId:guid}/documents/{documentId:guid}", GetMunicipalDocument).WithName(nameof(GetMunicipalDocument)).Sends<GetDocumentQuery>().ProducesProblem(NotFound);
        documents.MapPut("/municipalities/{municipalityId:guid}/documents/{documentId:guid}", UpdateMunicipalDocument).WithName(nameof(UpdateMunicipalDocument)).Sends<UpdateDocumentCommand>().ProducesWriteProblems().ProducesUpdateProblems().ProducesProblem(Forbidden);
        documents.MapDelete("/municipalities/{municipalityId:guid}/documents/{documentId:guid}", RemoveMunicipalDocument).WithName(nameof(RemoveMunicipalDocument)).Sends<RemoveDocumentCommand>().ProducesProblem(NotFound).ProducesProblem(Forbidden);
        return documents;
    }

    /// <summary>List the documents of a programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and the coordinators over it. Paged,
    /// newest first, optionally of one kind. A programme outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<PagedList<DocumentDto>>> GetNormativeDocuments(IMediator mediator, Guid programmeId, [AsParameters] GetNormativeDocumentsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Change the requisites of a document of a programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and the coordinators over it. Kind,
    /// number, date, title (required for Other), file reference (an absolute http(s) address or a storage key) and who
    /// approved it. A closed programme takes no changes (409). Answers the programme with its documents.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> UpdateNormativeDocument(IMediator mediator, Guid programmeId, Guid itemId, UpdateNormativeDocumentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, DocumentId = itemId }, cancellationToken));

    /// <summary>List the documents of an organisation</summary>
    /// <remarks>
    /// For the organisation's staff and the coordinators over it (municipal: its municipality; regional: its region).
    /// Paged, newest first, optionally of one kind. An organisation outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<PagedList<DocumentDto>>> GetOrganizationDocuments(IMediator mediator, Guid organizationId, [AsParameters] GetDocumentsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query with { Level = DocumentLevel.Organization, OwnerId = organizationId }, cancellationToken));

    /// <summary>Register a document of an organisation</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and the coordinators over it: an order
    /// on introducing the model, the regulation, the order appointing mentors, an approval order… (not the municipal
    /// kinds). The date is required; the title for the kind Other. Audited. Answers 201 with the document.
    /// </remarks>
    public static async Task<Created<DocumentDto>> AddOrganizationDocument(IMediator mediator, Guid organizationId, AddDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(command with { Level = DocumentLevel.Organization, OwnerId = organizationId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/organizations/{organizationId}/documents/{document.Id}", document);
    }

    /// <summary>Get a document of an organisation</summary>
    /// <remarks>For the organisation's staff and the coordinators over it; gives an `ETag` for updates. Outside the caller's scope, 404.</remarks>
    public static async Task<Ok<DocumentDto>> GetOrganizationDocument(IMediator mediator, HttpContext context, Guid organizationId, Guid documentId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetDocumentQuery(DocumentLevel.Organization, organizationId, documentId), cancellationToken));

    /// <summary>Change the requisites of a document of an organisation</summary>
    /// <remarks>For the organisation's staff and the coordinators over it. Audited. Send the `ETag` as `If-Match`: a stale one answers 412.</remarks>
    public static async Task<Ok<DocumentDto>> UpdateOrganizationDocument(IMediator mediator, HttpContext context, Guid organizationId, Guid documentId, UpdateDocumentCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(
            command with { Level = DocumentLevel.Organization, OwnerId = organizationId, Id = documentId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Remove a document of an organisation</summary>
    /// <remarks>For the organisation's staff and the coordinators over it. Audited. Answers 204.</remarks>
    public static async Task<NoContent> RemoveOrganizationDocument(IMediator mediator, Guid organizationId, Guid documentId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveDocumentCommand(DocumentLevel.Organization, organizationId, documentId), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>List the documents of a municipality</summary>
    /// <remarks>
    /// For the municipal coordinator of the municipality, the regional coordinator of its region, and the staff of its
    /// organisations (read only): the municipal programme or regulation on mentorship, the order appointing the
    /// municipal coordinator, the order approving the roadmap… Paged, newest first, optionally of one kind. Another
    /// municipality's coordinator gets 404.
    /// </remarks>
    public static async Task<Ok<PagedList<DocumentDto>>> GetMunicipalDocuments(IMediator mediator, Guid municipalityId, [AsParameters] GetDocumentsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query with { Level = DocumentLevel.Municipality, OwnerId = municipalityId }, cancellationToken));

    /// <summary>Register a document of a municipality</summary>
    /// <remarks>
    /// For the municipal coordinator of the municipality and the regional coordinator of its region (a school's staff
    /// reads but gets 403 here). Kinds: MunicipalProgramme, MunicipalRegulation, MunicipalCoordinatorOrder,
    /// RoadmapOrder, Other (with a title). Audited. Answers 201 with the document.
    /// </remarks>
    public static async Task<Created<DocumentDto>> AddMunicipalDocument(IMediator mediator, Guid municipalityId, AddDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(command with { Level = DocumentLevel.Municipality, OwnerId = municipalityId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/municipalities/{municipalityId}/documents/{document.Id}", document);
    }

    /// <summary>Get a document of a municipality</summary>
    /// <remarks>For those who read the municipality's documents; gives an `ETag` for updates. Outside the caller's scope, 404.</remarks>
    public static async Task<Ok<DocumentDto>> GetMunicipalDocument(IMediator mediator, HttpContext context, Guid municipalityId, Guid documentId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetDocumentQuery(DocumentLevel.Municipality, municipalityId, documentId), cancellationToken));

    /// <summary>Change the requisites of a document of a municipality</summary>
    /// <remarks>For the coordinators over the municipality. Audited. Send the `ETag` as `If-Match`: a stale one answers 412.</remarks>
    public static async Task<Ok<DocumentDto>> UpdateMunicipalDocument(IMediator mediator, HttpContext context, Guid municipalityId, Guid documentId, UpdateDocumentCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(
            command with { Level = DocumentLevel.Municipality, OwnerId = municipalityId, Id = documentId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Remove a document of a municipality</summary>
    /// <remarks>For the coordinators over the municipality. Audited. Answers 204.</remarks>
    public static async Task<NoContent> RemoveMunicipalDocument(IMediator mediator, Guid municipalityId, Guid documentId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveDocumentCommand(DocumentLevel.Municipality, municipalityId, documentId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static Ok<DocumentDto> Versioned(HttpContext context, DocumentDto document)
    {
        ETags.Set(context, document.Version);
        return TypedResults.Ok(document);
    }
}
