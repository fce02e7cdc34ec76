using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Reporting.Commands.AcceptReportingResponse;
using Mentorship.Application.Reporting.Commands.ReturnReportingResponse;
using Mentorship.Application.Reporting.Commands.SaveReportingDraft;
using Mentorship.Application.Reporting.Commands.SendReportingRequest;
using Mentorship.Application.Reporting.Commands.SubmitReportingResponse;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Application.Reporting.Queries.GetReportingRequests;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Application.Reporting.Queries.GetReportingResponses;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Reporting;

/// <summary>Reporting requests (запросы в ОО) of coordinators to the educational organisations, and the organisations' answers.</summary>
public static class ReportingRequests
{
    public static RouteGroupBuilder MapReportingRequests(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reporting-requests").WithTags("ReportingRequests");
        group.MapGet("", GetReportingRequests).WithName(nameof(GetReportingRequests)).ProducesValidationProblem();
        group.MapPost("", SendReportingRequest).WithName(nameof(SendReportingRequest)).ProducesWriteProblems();
        group.MapGet("/{id:guid}", GetReportingRequest).WithName(nameof(GetReportingRequest)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{requestId:guid}/answers", GetReportingResponses).WithName(nameof(GetReportingResponses))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{requestId:guid}/answers/{organizationId:guid}", GetReportingResponse).WithName(nameof(GetReportingResponse))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{requestId:guid}/answers/{organizationId:guid}", SaveReportingDraft).WithName(nameof(SaveReportingDraft))
            .ProducesWriteProblems().ProducesUpdateProblems();
        group.MapPost("/{requestId:guid}/answers/{organizationId:guid}/submit", SubmitReportingResponse).WithName(nameof(SubmitReportingResponse))
            .ProducesWriteProblems().ProducesUpdateProblems();
        group.MapPost("/{requestId:guid}/answers/{organizationId:guid}/return", ReturnReportingResponse).WithName(nameof(ReturnReportingResponse))
            .ProducesWriteProblems().ProducesUpdateProblems();
        group.MapPost("/{requestId:guid}/answers/{organizationId:guid}/accept", AcceptReportingResponse).WithName(nameof(AcceptReportingResponse))
            .ProducesWriteProblems().ProducesUpdateProblems();
        return group;
    }

    /// <summary>List the reporting requests (запросы в ОО) the caller sent or must answer</summary>
    /// <remarks>
    /// For coordinators, the requests of their territory; for an organisation's staff (куратор, the organisation's
    /// administrator), the requests sent to their organisation — no other. Each with its year, deadline, sections asked,
    /// whether it is overdue, and how many of the answers the caller sees are submitted. Filter by `year` and
    /// `overdueOnly`. Newest first; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<ReportingRequestDto>>> GetReportingRequests(IMediator mediator, [AsParameters] GetReportingRequestsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Send a reporting request to the organisations of a municipality or of the region</summary>
    /// <remarks>
    /// For coordinators. A municipal coordinator asks the organisations of their municipality; a regional coordinator
    /// those of the region, or of one of its municipalities (`municipalityId`). Only educational organisations (schools,
    /// СПО, ДО; not universities, employers or NGOs; not archived) are asked: each gets one answer, not started. The
    /// year, title, deadline (the last day, in the region's time zone) and at least one section are required. A territory
    /// outside the caller's answers 404. Answers 201 with the request.
    /// </remarks>
    public static async Task<Created<ReportingRequestDto>> SendReportingRequest(IMediator mediator, HttpContext context, SendReportingRequestCommand command, CancellationToken cancellationToken)
    {
        var sent = await mediator.Send(command, cancellationToken);
        ETags.Set(context, sent.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/reporting-requests/{sent.Id}", sent);
    }

    /// <summary>Read a reporting request</summary>
    /// <remarks>
    /// For coordinators of its territory and the staff of the organisations asked; anyone else gets 404. The counts are
    /// of the answers the caller sees (an organisation sees its own).
    /// </remarks>
    public static async Task<Ok<ReportingRequestDto>> GetReportingRequest(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetReportingRequestQuery(id), cancellationToken));

    /// <summary>List the answers to a reporting request, with who has not submitted</summary>
    /// <remarks>
    /// For coordinators of the request's territory (every organisation asked) and an organisation's staff (its own
    /// answer). Each answer with its organisation, status (NotStarted, Draft, Submitted, Returned, Accepted), whether it
    /// is overdue, and its figures. `status` filters one state; `notSubmitted=true` lists who still owes the figures.
    /// By organisation name; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<ReportingResponseDto>>> GetReportingResponses(IMediator mediator, [AsParameters] GetReportingResponsesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read an organisation's answer to a reporting request</summary>
    /// <remarks>
    /// For the organisation's staff and the coordinators of the request's territory; anyone else gets 404. Carries an
    /// `ETag` for the next save, submission or return.
    /// </remarks>
    public static async Task<Ok<ReportingResponseDto>> GetReportingResponse(IMediator mediator, HttpContext context, Guid requestId, Guid organizationId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new GetReportingResponseQuery(requestId, organizationId), cancellationToken));

    /// <summary>Save a draft of an organisation's answer</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator). Each section given replaces the one kept;
    /// a section left out stays as it was. Only the sections the request asks are taken (another is 400); every figure is
    /// 0 or more and a part is never larger than its whole (400 naming the field, e.g. `headCounts.pupilsInAgeBand`). A
    /// submitted or accepted answer cannot be edited until the coordinator returns it (409). A stale `If-Match` answers 412.
    /// </remarks>
    public static async Task<Ok<ReportingResponseDto>> SaveReportingDraft(IMediator mediator, HttpContext context, Guid requestId, Guid organizationId, SaveReportingDraftCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(
            command with { RequestId = requestId, OrganizationId = organizationId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Submit an organisation's answer, or resubmit it after a return</summary>
    /// <remarks>
    /// For the organisation's staff. Every section the request asks must be filled (400 naming the missing section). The
    /// head-counts and the additional-education enrolment become the organisation's head-count report for the academic
    /// year starting in September of the request's year, and the region's monitoring of that year is stale until the next
    /// recompute. Submitting twice is refused (409); of two submissions at once one wins and the other answers 412.
    /// </remarks>
    public static async Task<Ok<ReportingResponseDto>> SubmitReportingResponse(IMediator mediator, HttpContext context, Guid requestId, Guid organizationId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new SubmitReportingResponseCommand(requestId, organizationId, ETags.ExpectedVersion(context.Request)), cancellationToken));

    /// <summary>Return a submitted answer for correction, with a comment</summary>
    /// <remarks>
    /// For coordinators of the request's territory. Only a submitted answer can be returned (409 otherwise); the comment
    /// is required. The organisation may then edit and resubmit it. A stale `If-Match` answers 412.
    /// </remarks>
    public static async Task<Ok<ReportingResponseDto>> ReturnReportingResponse(IMediator mediator, HttpContext context, Guid requestId, Guid organizationId, ReturnReportingResponseCommand command, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(
            command with { RequestId = requestId, OrganizationId = organizationId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken));

    /// <summary>Accept a submitted answer</summary>
    /// <remarks>
    /// For coordinators of the request's territory. Only a submitted answer can be accepted (409 otherwise); an accepted
    /// answer is closed. A stale `If-Match` answers 412.
    /// </remarks>
    public static async Task<Ok<ReportingResponseDto>> AcceptReportingResponse(IMediator mediator, HttpContext context, Guid requestId, Guid organizationId, CancellationToken cancellationToken) =>
        Versioned(context, await mediator.Send(new AcceptReportingResponseCommand(requestId, organizationId, ETags.ExpectedVersion(context.Request)), cancellationToken));

    private static Ok<ReportingResponseDto> Versioned(HttpContext context, ReportingResponseDto response)
    {
        ETags.Set(context, response.Version);
        return TypedResults.Ok(response);
    }
}
