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

    public static async Task<Ok<PagedList<AwardDto>>> GetAwards(IMediator mediator, [AsParameters] GetAwardsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<AwardDto>> AddAward(IMediator mediator, Guid programmeId, AddAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/awards", award);
    }

    public static async Task<Ok<PagedList<SuccessCaseDto>>> GetSuccessCases(IMediator mediator, [AsParameters] GetSuccessCasesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<SuccessCaseDto>> AddSuccessCase(IMediator mediator, Guid programmeId, AddSuccessCaseCommand command, CancellationToken cancellationToken)
    {
        var successCase = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/cases", successCase);
    }

    public static async Task<Ok<FinalEventDto>> GetFinalEvent(IMediator mediator, Guid programmeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFinalEventQuery(programmeId), cancellationToken));

    public static async Task<Ok<FinalEventDto>> SetFinalEvent(IMediator mediator, Guid programmeId, SetFinalEventCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));
}
