using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddInformingRecord;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.RemoveMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.UpdateMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentees;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 4, the mentee bank: mentees, their requests and the informing of participants.</summary>
public static class Stage4MenteeBank
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Conflict = StatusCodes.Status409Conflict;

    public static RouteGroupBuilder MapStage4MenteeBank(this RouteGroupBuilder api)
    {
        var mentees = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 4. Mentee bank");
        mentees.MapGet("/mentees", GetMentees).WithName(nameof(GetMentees)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentees.MapGet("/mentees/{menteeId:guid}", GetMentee).WithName(nameof(GetMentee)).ProducesProblem(NotFound);
        mentees.MapPost("/mentees", AddMentee).WithName(nameof(AddMentee)).ProducesWriteProblems();
        mentees.MapPut("/mentees/{menteeId:guid}", UpdateMentee).WithName(nameof(UpdateMentee)).ProducesWriteProblems();
        mentees.MapPost("/mentees/{menteeId:guid}/requests", AddMenteeRequest).WithName(nameof(AddMenteeRequest)).ProducesWriteProblems();
        mentees.MapDelete("/mentees/{menteeId:guid}/requests/{requestId:guid}", RemoveMenteeRequest).WithName(nameof(RemoveMenteeRequest)).ProducesProblem(NotFound).ProducesProblem(Conflict);
        mentees.MapGet("/informing", GetInformingRecords).WithName(nameof(GetInformingRecords)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentees.MapPost("/informing", AddInformingRecord).WithName(nameof(AddInformingRecord)).ProducesWriteProblems();
        return mentees;
    }

    public static async Task<Ok<PagedList<MenteeDto>>> GetMentees(IMediator mediator, [AsParameters] GetMenteesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MenteeDto>> GetMentee(IMediator mediator, Guid programmeId, Guid menteeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMenteeQuery(programmeId, menteeId), cancellationToken));

    public static async Task<Created<MenteeDto>> AddMentee(IMediator mediator, Guid programmeId, AddMenteeCommand command, CancellationToken cancellationToken)
    {
        var mentee = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentees/{mentee.Id}", mentee);
    }

    public static async Task<Ok<MenteeDto>> UpdateMentee(IMediator mediator, Guid programmeId, Guid menteeId, UpdateMenteeCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MenteeId = menteeId }, cancellationToken));

    public static async Task<Ok<MenteeDto>> AddMenteeRequest(IMediator mediator, Guid programmeId, Guid menteeId, AddMenteeRequestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MenteeId = menteeId }, cancellationToken));

    public static async Task<Ok<MenteeDto>> RemoveMenteeRequest(IMediator mediator, Guid programmeId, Guid menteeId, Guid requestId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveMenteeRequestCommand(programmeId, menteeId, requestId), cancellationToken));

    public static async Task<Ok<PagedList<InformingRecordDto>>> GetInformingRecords(IMediator mediator, [AsParameters] GetInformingRecordsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<InformingRecordDto>> AddInformingRecord(IMediator mediator, Guid programmeId, AddInformingRecordCommand command, CancellationToken cancellationToken)
    {
        var record = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/informing", record);
    }
}
