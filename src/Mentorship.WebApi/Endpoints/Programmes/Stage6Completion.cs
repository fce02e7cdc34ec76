using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddAward;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;
using Mentorship.Application.Programmes.Stage6Completion.Commands.SetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 6, completion: awards, success cases and the final event.</summary>
public static class Stage6Completion
{
    private const int NotFound = StatusCodes.Status404NotFound;

    public static RouteGroupBuilder MapStage6Completion(this RouteGroupBuilder api)
    {
        var completion = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 6. Completion");
        completion.MapGet("/awards", GetAwards).WithName(nameof(GetAwards)).ProducesValidationProblem().ProducesProblem(NotFound);
        completion.MapPost("/awards", AddAward).WithName(nameof(AddAward)).ProducesWriteProblems();
        completion.MapGet("/cases", GetSuccessCases).WithName(nameof(GetSuccessCases)).ProducesValidationProblem().ProducesProblem(NotFound);
        completion.MapPost("/cases", AddSuccessCase).WithName(nameof(AddSuccessCase)).ProducesWriteProblems();
        // Publishing a case (and a programme) is in Publication.cs, beside unpublishing.
        completion.MapGet("/final-event", GetFinalEvent).WithName(nameof(GetFinalEvent)).ProducesProblem(NotFound);
        completion.MapPut("/final-event", SetFinalEvent).WithName(nameof(SetFinalEvent)).ProducesWriteProblems();
        return completion;
    }

    /// <summary>List the awards of the best pairs and groups of a programme (поощрение лучших наставнических пар)</summary>
    /// <remarks>
    /// For the organisation's staff and the programme's mentors and mentees. Each award with the pair or group, its
    /// title and date, in the order given; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<AwardDto>>> GetAwards(IMediator mediator, [AsParameters] GetAwardsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Award one of the best pairs or groups at completion</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), once the programme has
    /// reached stage 6, completion (завершение; 409 before). Name the pair or group of this programme (else a field
    /// error), the award's title (e.g. a letter of thanks) and the date (today by default). A pair or group terminated
    /// early is not awarded (409).
    /// </remarks>
    public static async Task<Created<AwardDto>> AddAward(IMediator mediator, Guid programmeId, AddAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/awards", award);
    }

    /// <summary>List the success cases of a programme (кейсы успешной практики)</summary>
    /// <remarks>
    /// For the organisation's staff and the programme's mentors and mentees. Each with its title, public text, the pair
    /// or group it tells about (if any) and whether it is published in the public base of best practices; filter by
    /// `isPublished`; in the order written; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<SuccessCaseDto>>> GetSuccessCases(IMediator mediator, [AsParameters] GetSuccessCasesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Write a success case of the programme for the base of best practices</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), once the programme has
    /// reached stage 6, completion (завершение; 409 before). The title and the text are required, and the pair or group
    /// it tells about is optional (one of this programme's). The text is meant for the public: it must not name the
    /// pupils. The case stays unpublished until `POST .../cases/{caseId}/publish`. Answers 201.
    /// </remarks>
    public static async Task<Created<SuccessCaseDto>> AddSuccessCase(IMediator mediator, Guid programmeId, AddSuccessCaseCommand command, CancellationToken cancellationToken)
    {
        var successCase = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/cases", successCase);
    }

    /// <summary>Read the final event of a programme (итоговое мероприятие)</summary>
    /// <remarks>
    /// For the organisation's staff and the programme's mentors and mentees. When and where the pairs present their
    /// results, with its title and description; 404 until it is set.
    /// </remarks>
    public static async Task<Ok<FinalEventDto>> GetFinalEvent(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFinalEventQuery(programmeId), cancellationToken));

    /// <summary>Set the final event of a programme, where the pairs present their results</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator, coordinators), once the programme has
    /// reached stage 6, completion (завершение; 409 before). The moment and the title are required; description and
    /// place optional. Setting it again replaces it.
    /// </remarks>
    public static async Task<Ok<FinalEventDto>> SetFinalEvent(IMediator mediator, Guid programmeId, SetFinalEventCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));
}
