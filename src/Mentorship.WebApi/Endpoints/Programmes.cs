using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Commands.AdvanceProgrammeStage;
using Mentorship.Application.Programmes.Commands.CloseProgramme;
using Mentorship.Application.Programmes.Commands.CreateProgramme;
using Mentorship.Application.Programmes.Commands.ReturnProgrammeStage;
using Mentorship.Application.Programmes.Commands.UpdateProgramme;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Queries.GetProgrammeHistory;
using Mentorship.Application.Programmes.Queries.GetProgrammes;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddProgrammeTask;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddTeamMember;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AppointCurator;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.RemoveLaunchCondition;
using Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.SetProgrammeForms;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.DecideMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.ScoreMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidates;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddInformingRecord;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.RemoveMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.UpdateMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentees;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroups;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetProgrammeMeetingHours;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddAward;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;
using Mentorship.Application.Programmes.Stage6Completion.Commands.SetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints;

/// <summary>Programmes and their six stages: launch conditions, candidates, banks, matching and groups, completion.</summary>
public static class Programmes
{
    private const int NotFound = StatusCodes.Status404NotFound;
    private const int Conflict = StatusCodes.Status409Conflict;

    public static RouteGroupBuilder MapProgrammes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes").WithTags("Programmes");
        group.MapGet("", GetProgrammes).WithName(nameof(GetProgrammes)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetProgramme).WithName(nameof(GetProgramme)).ProducesProblem(NotFound);
        group.MapPost("", CreateProgramme).WithName(nameof(CreateProgramme)).ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdateProgramme).WithName(nameof(UpdateProgramme)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapGet("/{id:guid}/stage", GetProgrammeStage).WithName(nameof(GetProgrammeStage)).ProducesProblem(NotFound);
        group.MapPost("/{id:guid}/stage/advance", AdvanceProgrammeStage).WithName(nameof(AdvanceProgrammeStage)).ProducesProblem(NotFound).ProducesProblem(Conflict);
        group.MapPost("/{id:guid}/stage/return", ReturnProgrammeStage).WithName(nameof(ReturnProgrammeStage)).ProducesWriteProblems();
        group.MapGet("/{programmeId:guid}/history", GetProgrammeHistory).WithName(nameof(GetProgrammeHistory)).ProducesValidationProblem().ProducesProblem(NotFound);
        group.MapPost("/{id:guid}/close", CloseProgramme).WithName(nameof(CloseProgramme)).ProducesProblem(NotFound).ProducesProblem(Conflict);

        var launch = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 1. Launch conditions");
        launch.MapPut("/forms", SetProgrammeForms).WithName(nameof(SetProgrammeForms)).ProducesWriteProblems();
        launch.MapPut("/curator", AppointCurator).WithName(nameof(AppointCurator)).ProducesWriteProblems();
        launch.MapPost("/team", AddTeamMember).WithName(nameof(AddTeamMember)).ProducesWriteProblems();
        launch.MapDelete("/team/{itemId:guid}", RemoveTeamMember).WithName(nameof(RemoveTeamMember)).ProducesProblem(NotFound).ProducesProblem(Conflict);
        launch.MapPost("/tasks", AddProgrammeTask).WithName(nameof(AddProgrammeTask)).ProducesWriteProblems();
        launch.MapDelete("/tasks/{itemId:guid}", RemoveProgrammeTask).WithName(nameof(RemoveProgrammeTask)).ProducesProblem(NotFound).ProducesProblem(Conflict);
        launch.MapPost("/documents", AddNormativeDocument).WithName(nameof(AddNormativeDocument)).ProducesWriteProblems();
        launch.MapDelete("/documents/{itemId:guid}", RemoveNormativeDocument).WithName(nameof(RemoveNormativeDocument)).ProducesProblem(NotFound).ProducesProblem(Conflict);

        var selection = api.MapGroup("/programmes/{programmeId:guid}/mentor-candidates").WithTags("Stage 2. Mentor selection and training");
        selection.MapGet("", GetMentorCandidates).WithName(nameof(GetMentorCandidates)).ProducesValidationProblem().ProducesProblem(NotFound);
        selection.MapGet("/{candidateId:guid}", GetMentorCandidate).WithName(nameof(GetMentorCandidate)).ProducesProblem(NotFound);
        selection.MapPost("", AddMentorCandidate).WithName(nameof(AddMentorCandidate)).ProducesWriteProblems();
        selection.MapPut("/{candidateId:guid}/scores", ScoreMentorCandidate).WithName(nameof(ScoreMentorCandidate)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/decision", DecideMentorCandidate).WithName(nameof(DecideMentorCandidate)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/trainings", AddMentorTraining).WithName(nameof(AddMentorTraining)).ProducesWriteProblems();
        selection.MapPost("/{candidateId:guid}/trainings/{trainingId:guid}/complete", CompleteMentorTraining).WithName(nameof(CompleteMentorTraining)).ProducesWriteProblems();

        var mentors = api.MapGroup("/programmes/{programmeId:guid}/mentors").WithTags("Stage 3. Mentor bank");
        mentors.MapGet("", GetMentors).WithName(nameof(GetMentors)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentors.MapGet("/{mentorId:guid}", GetMentor).WithName(nameof(GetMentor)).ProducesProblem(NotFound);
        mentors.MapPost("", AddMentor).WithName(nameof(AddMentor)).ProducesWriteProblems();
        mentors.MapPut("/{mentorId:guid}", UpdateMentor).WithName(nameof(UpdateMentor)).ProducesWriteProblems();

        var mentees = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 4. Mentee bank");
        mentees.MapGet("/mentees", GetMentees).WithName(nameof(GetMentees)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentees.MapGet("/mentees/{menteeId:guid}", GetMentee).WithName(nameof(GetMentee)).ProducesProblem(NotFound);
        mentees.MapPost("/mentees", AddMentee).WithName(nameof(AddMentee)).ProducesWriteProblems();
        mentees.MapPut("/mentees/{menteeId:guid}", UpdateMentee).WithName(nameof(UpdateMentee)).ProducesWriteProblems();
        mentees.MapPost("/mentees/{menteeId:guid}/requests", AddMenteeRequest).WithName(nameof(AddMenteeRequest)).ProducesWriteProblems();
        mentees.MapDelete("/mentees/{menteeId:guid}/requests/{requestId:guid}", RemoveMenteeRequest).WithName(nameof(RemoveMenteeRequest)).ProducesProblem(NotFound).ProducesProblem(Conflict);
        mentees.MapGet("/informing", GetInformingRecords).WithName(nameof(GetInformingRecords)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentees.MapPost("/informing", AddInformingRecord).WithName(nameof(AddInformingRecord)).ProducesWriteProblems();

        var work = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 5. Organisation of work");
        work.MapGet("/matching", GetMatchingProposals).WithName(nameof(GetMatchingProposals)).ProducesValidationProblem().ProducesProblem(NotFound).ProducesProblem(Conflict);
        work.MapGet("/groups", GetGroups).WithName(nameof(GetGroups)).ProducesValidationProblem().ProducesProblem(NotFound);
        work.MapPost("/groups", ConfirmGroup).WithName(nameof(ConfirmGroup)).ProducesWriteProblems();
        work.MapGet("/meeting-hours", GetProgrammeMeetingHours).WithName(nameof(GetProgrammeMeetingHours)).ProducesValidationProblem().ProducesProblem(NotFound);

        var completion = api.MapGroup("/programmes/{programmeId:guid}").WithTags("Stage 6. Completion");
        completion.MapGet("/awards", GetAwards).WithName(nameof(GetAwards)).ProducesValidationProblem().ProducesProblem(NotFound);
        completion.MapPost("/awards", AddAward).WithName(nameof(AddAward)).ProducesWriteProblems();
        completion.MapGet("/cases", GetSuccessCases).WithName(nameof(GetSuccessCases)).ProducesValidationProblem().ProducesProblem(NotFound);
        completion.MapPost("/cases", AddSuccessCase).WithName(nameof(AddSuccessCase)).ProducesWriteProblems();
        // Publishing a case (and a programme) is in Publication.cs, beside unpublishing.
        completion.MapGet("/final-event", GetFinalEvent).WithName(nameof(GetFinalEvent)).ProducesProblem(NotFound);
        completion.MapPut("/final-event", SetFinalEvent).WithName(nameof(SetFinalEvent)).ProducesWriteProblems();
        return group;
    }

    public static async Task<Ok<PagedList<ProgrammeSummaryDto>>> GetProgrammes(IMediator mediator, [AsParameters] GetProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> GetProgramme(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(new GetProgrammeQuery(id), cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    public static async Task<Created<ProgrammeDto>> CreateProgramme(IMediator mediator, HttpContext context, CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programme.Id}", programme);
    }

    public static async Task<Ok<ProgrammeDto>> UpdateProgramme(IMediator mediator, HttpContext context, Guid id, UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, programme.Version);
        return TypedResults.Ok(programme);
    }

    public static async Task<Ok<ProgrammeStageDto>> GetProgrammeStage(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammeStageQuery(id), cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> AdvanceProgrammeStage(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AdvanceProgrammeStageCommand(id), cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> ReturnProgrammeStage(IMediator mediator, Guid id, ReturnProgrammeStageCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, cancellationToken));

    public static async Task<Ok<PagedList<StageTransitionDto>>> GetProgrammeHistory(IMediator mediator, [AsParameters] GetProgrammeHistoryQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<ProgrammeStageDto>> CloseProgramme(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CloseProgrammeCommand(id), cancellationToken));

    public static async Task<Ok<ProgrammeDto>> SetProgrammeForms(IMediator mediator, Guid programmeId, SetProgrammeFormsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AppointCurator(IMediator mediator, Guid programmeId, AppointCuratorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddTeamMember(IMediator mediator, Guid programmeId, AddTeamMemberCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveTeamMember(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Team, itemId), cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddProgrammeTask(IMediator mediator, Guid programmeId, AddProgrammeTaskCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveProgrammeTask(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Tasks, itemId), cancellationToken));

    public static async Task<Ok<ProgrammeDto>> AddNormativeDocument(IMediator mediator, Guid programmeId, AddNormativeDocumentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    public static async Task<Ok<ProgrammeDto>> RemoveNormativeDocument(IMediator mediator, Guid programmeId, Guid itemId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveLaunchConditionCommand(programmeId, LaunchConditionPart.Documents, itemId), cancellationToken));

    public static async Task<Ok<PagedList<MentorCandidateDto>>> GetMentorCandidates(IMediator mediator, [AsParameters] GetMentorCandidatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> GetMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorCandidateQuery(programmeId, candidateId), cancellationToken));

    public static async Task<Created<MentorCandidateDto>> AddMentorCandidate(IMediator mediator, Guid programmeId, AddMentorCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentor-candidates/{candidate.Id}", candidate);
    }

    public static async Task<Ok<MentorCandidateDto>> ScoreMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, ScoreMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> DecideMentorCandidate(IMediator mediator, Guid programmeId, Guid candidateId, DecideMentorCandidateCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> AddMentorTraining(IMediator mediator, Guid programmeId, Guid candidateId, AddMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId }, cancellationToken));

    public static async Task<Ok<MentorCandidateDto>> CompleteMentorTraining(
        IMediator mediator, Guid programmeId, Guid candidateId, Guid trainingId, CompleteMentorTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, CandidateId = candidateId, TrainingId = trainingId }, cancellationToken));

    public static async Task<Ok<PagedList<MentorDto>>> GetMentors(IMediator mediator, [AsParameters] GetMentorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MentorDto>> GetMentor(IMediator mediator, Guid programmeId, Guid mentorId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorQuery(programmeId, mentorId), cancellationToken));

    public static async Task<Created<MentorDto>> AddMentor(IMediator mediator, Guid programmeId, AddMentorCommand command, CancellationToken cancellationToken)
    {
        var mentor = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentors/{mentor.Id}", mentor);
    }

    public static async Task<Ok<MentorDto>> UpdateMentor(IMediator mediator, Guid programmeId, Guid mentorId, UpdateMentorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MentorId = mentorId }, cancellationToken));

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

    public static async Task<Ok<MatchingResultDto>> GetMatchingProposals(IMediator mediator, [AsParameters] GetMatchingProposalsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PagedList<GroupDto>>> GetGroups(IMediator mediator, [AsParameters] GetGroupsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Created<GroupDto>> ConfirmGroup(IMediator mediator, HttpContext context, Guid programmeId, ConfirmGroupCommand command, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        ETags.Set(context, group.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/groups/{group.Id}", group);
    }

    public static async Task<Ok<PagedList<MeetingHoursDto>>> GetProgrammeMeetingHours(IMediator mediator, [AsParameters] GetProgrammeMeetingHoursQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

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
