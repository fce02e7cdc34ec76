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

    /// <summary>List the mentee bank of a programme (база наставляемых)</summary>
    /// <remarks>
    /// For the organisation's staff, at stage 4 and after. Each mentee with name, category, grade, the special-needs
    /// flag (ОВЗ), the channel the data came from (parents, class teacher, psychologist, career test …), whether they
    /// are active, and their requests (запросы): topic tags and text. Filter by `tag` and `isActive`; in the order they
    /// entered the bank; paged (`page`, `pageSize` up to 200). Shows personal data, so the read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<MenteeDto>>> GetMentees(IMediator mediator, [AsParameters] GetMenteesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a mentee of the bank with their requests</summary>
    /// <remarks>
    /// For the organisation's staff. A mentee of another programme answers 404. Shows personal data, so the read is
    /// audited.
    /// </remarks>
    public static async Task<Ok<MenteeDto>> GetMentee(IMediator mediator, Guid programmeId, Guid menteeId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMenteeQuery(programmeId, menteeId), cancellationToken));

    /// <summary>Enter a person into the mentee bank, with their first requests</summary>
    /// <remarks>
    /// For the organisation's staff, once the programme has reached stage 4, mentee bank (409 before). The person must
    /// be registered and in the caller's scope and not yet in the bank (409). Give the channel the data came from and,
    /// if known, the requests: each with at least one topic tag and optional text. A mentee with a request is stage 4's
    /// gate; the tags are what matching at stage 5 compares with the mentors' competences.
    /// </remarks>
    public static async Task<Created<MenteeDto>> AddMentee(IMediator mediator, Guid programmeId, AddMenteeCommand command, CancellationToken cancellationToken)
    {
        var mentee = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentees/{mentee.Id}", mentee);
    }

    /// <summary>Change a mentee's data channel, or take the mentee out of matching</summary>
    /// <remarks>
    /// For the organisation's staff, from stage 4 on. `isActive=false` takes the mentee out of matching (an inactive
    /// mentee is not confirmed in a new pair), `true` brings them back.
    /// </remarks>
    public static async Task<Ok<MenteeDto>> UpdateMentee(IMediator mediator, Guid programmeId, Guid menteeId, UpdateMenteeCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MenteeId = menteeId }, cancellationToken));

    /// <summary>Add a request of a mentee (запрос наставляемого)</summary>
    /// <remarks>
    /// For the organisation's staff, from stage 4 on: at least one topic tag (e.g. "подготовка к ОГЭ", "адаптация в
    /// коллективе") and an optional text. The tags feed matching and the regional map of educational requests. Answers
    /// the mentee with all requests.
    /// </remarks>
    public static async Task<Ok<MenteeDto>> AddMenteeRequest(IMediator mediator, Guid programmeId, Guid menteeId, AddMenteeRequestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MenteeId = menteeId }, cancellationToken));

    /// <summary>Remove a request of a mentee</summary>
    /// <remarks>
    /// For the organisation's staff, from stage 4 on. A request of another mentee answers 404. Answers the mentee with
    /// the requests left.
    /// </remarks>
    public static async Task<Ok<MenteeDto>> RemoveMenteeRequest(IMediator mediator, Guid programmeId, Guid menteeId, Guid requestId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveMenteeRequestCommand(programmeId, menteeId, requestId), cancellationToken));

    /// <summary>List the informing done at stage 4 (информирование)</summary>
    /// <remarks>
    /// For the organisation's staff: who was informed about the programme, how (parents' meeting, class hour,
    /// conversation, website, social media, letter) and when — of one mentee and their family, or of the audience at
    /// large. Filter by `menteeId`; oldest first; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<InformingRecordDto>>> GetInformingRecords(IMediator mediator, [AsParameters] GetInformingRecordsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Log informing about the programme</summary>
    /// <remarks>
    /// For the organisation's staff, once the programme has reached stage 4 (409 before): the channel and the date are
    /// required, a mentee of this programme (else a field error) and a note optional.
    /// </remarks>
    public static async Task<Created<InformingRecordDto>> AddInformingRecord(IMediator mediator, Guid programmeId, AddInformingRecordCommand command, CancellationToken cancellationToken)
    {
        var record = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/informing", record);
    }
}
