using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Criteria;
using Mentorship.Application.Criteria.Commands.AnswerQuestionnaire;
using Mentorship.Application.Criteria.Commands.CloseQuestionnaire;
using Mentorship.Application.Criteria.Commands.EnterPaperAnswers;
using Mentorship.Application.Criteria.Commands.OpenQuestionnaire;
using Mentorship.Application.Criteria.Commands.RecordLearningDynamics;
using Mentorship.Application.Criteria.Commands.SetMentorshipContest;
using Mentorship.Application.Criteria.Queries.GetQuestionnaire;
using Mentorship.Application.Criteria.Queries.ListLearningDynamics;
using Mentorship.Application.Criteria.Queries.ListQuestionnaires;
using Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Monitoring;

/// <summary>
/// The inputs of the efficiency criteria that no other record holds — the teacher questionnaire (criteria 2 and 3),
/// the reported dynamics of learning results (criterion 7), the curator's contest information (6.3) — and the
/// criteria distribution report.
/// </summary>
public static class Criteria
{
    public static RouteGroupBuilder MapCriteria(this RouteGroupBuilder api)
    {
        var questionnaires = api.MapGroup("/questionnaires").WithTags("Criteria");
        questionnaires.MapGet("", ListQuestionnaires).WithName(nameof(ListQuestionnaires)).ProducesValidationProblem();
        questionnaires.MapPost("", OpenQuestionnaire).WithName(nameof(OpenQuestionnaire)).ProducesWriteProblems();
        questionnaires.MapGet("/{id:guid}", GetQuestionnaire).WithName(nameof(GetQuestionnaire)).ProducesProblem(StatusCodes.Status404NotFound);
        questionnaires.MapPost("/{id:guid}/close", CloseQuestionnaire).WithName(nameof(CloseQuestionnaire))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        questionnaires.MapPut("/{id:guid}/answers/mine", AnswerQuestionnaire).WithName(nameof(AnswerQuestionnaire)).ProducesWriteProblems();
        questionnaires.MapPost("/{id:guid}/paper-answers", EnterPaperAnswers).WithName(nameof(EnterPaperAnswers)).ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyKeyMetadata());

        var dynamics = api.MapGroup("/learning-dynamics").WithTags("Criteria");
        dynamics.MapGet("", ListLearningDynamics).WithName(nameof(ListLearningDynamics)).ProducesValidationProblem();
        dynamics.MapPut("", RecordLearningDynamics).WithName(nameof(RecordLearningDynamics)).ProducesWriteProblems();

        var monitoring = api.MapGroup("/monitoring").WithTags("Criteria");
        monitoring.MapPut("/mentorship-contests", SetMentorshipContest).WithName(nameof(SetMentorshipContest)).ProducesWriteProblems();
        monitoring.MapGet("/reports/criteria-distribution", GetCriteriaDistribution).WithName(nameof(GetCriteriaDistribution))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return questionnaires;
    }

    /// <summary>List teacher questionnaires</summary>
    /// <remarks>
    /// For coordinators, analysts and an organisation's curator and administrator, within their scope. The teacher
    /// questionnaires (анкетирование педагогических работников) of criteria 2 and 3, newest year first, each with its
    /// answers counted per level of indicators 2.1, 3.1 and 3.2 — anonymous: counts only, never who answered what.
    /// Filter by `organizationId` and `year`. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<QuestionnaireDto>>> ListQuestionnaires(IMediator mediator, [AsParameters] ListQuestionnairesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Open the teacher questionnaire of an organisation for a year</summary>
    /// <remarks>
    /// For the organisation's curator or administrator and coordinators. One questionnaire per organisation and year: a
    /// second one answers 409. While it is open, the organisation's teachers answer it with their own token and the
    /// curator enters paper answers; the recompute counts its answers for criteria 2 and 3 of that year. An
    /// organisation outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Created<QuestionnaireDto>> OpenQuestionnaire(IMediator mediator, OpenQuestionnaireCommand command, CancellationToken cancellationToken)
    {
        var questionnaire = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/questionnaires/{questionnaire.Id}", questionnaire);
    }

    /// <summary>Read a teacher questionnaire with its answers counted</summary>
    /// <remarks>
    /// For coordinators, analysts and the organisation's curator and administrator. Anonymous: how many answered each
    /// level of indicators 2.1, 3.1 and 3.2. Outside the caller's scope it answers 404.
    /// </remarks>
    public static async Task<Ok<QuestionnaireDto>> GetQuestionnaire(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetQuestionnaireQuery(id), cancellationToken));

    /// <summary>Close a teacher questionnaire</summary>
    /// <remarks>
    /// For the organisation's curator or administrator and coordinators. No more answers are taken (they answer 409);
    /// the answers given still count. Closing it twice answers 409.
    /// </remarks>
    public static async Task<Ok<QuestionnaireDto>> CloseQuestionnaire(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CloseQuestionnaireCommand(id), cancellationToken));

    /// <summary>Answer the questionnaire as a teacher of the organisation</summary>
    /// <remarks>
    /// For a teacher with their own token (a mentor's or mentee's token whose person is a teacher of the
    /// organisation): the levels of 2.1 (Available, Unavailable, None), 3.1 and 3.2 (Effective, Ineffective, None); any
    /// may be left out, not all three. One answer per teacher: answering again replaces it. Anyone else — a teacher of
    /// another organisation included — gets 404; a closed questionnaire answers 409.
    /// </remarks>
    public static async Task<NoContent> AnswerQuestionnaire(IMediator mediator, Guid id, AnswerQuestionnaireCommand command, CancellationToken cancellationToken)
    {
        await mediator.Send(command with { QuestionnaireId = id }, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Enter paper answers to the questionnaire in bulk</summary>
    /// <remarks>
    /// For the organisation's curator or administrator and coordinators: answers collected on paper, 1 to 1 000 a
    /// request, all-or-nothing, each with the levels of 2.1, 3.1 and 3.2 (any left out, not all three). Send an
    /// `Idempotency-Key` header: a retry with the same key and body returns the first response
    /// (`Idempotent-Replayed: true`) and adds nothing twice; the same key with another body answers 422. Answers the
    /// questionnaire with its answers counted.
    /// </remarks>
    public static async Task<Ok<QuestionnaireDto>> EnterPaperAnswers(IMediator mediator, Guid id, EnterPaperAnswersCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { QuestionnaireId = id }, cancellationToken));

    /// <summary>List the reported dynamics of learning results</summary>
    /// <remarks>
    /// For coordinators and an organisation's curator and administrator, within their scope: criterion 7 as reported
    /// per mentee teacher and year. Filter by `organizationId` and `year`. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<LearningDynamicsDto>>> ListLearningDynamics(IMediator mediator, [AsParameters] ListLearningDynamicsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Record the dynamics of learning results of a mentee teacher</summary>
    /// <remarks>
    /// For the organisation's curator or administrator and coordinators: the dynamics of learning results in the
    /// classes of a mentee teacher (a teacher of the organisation in a pair or group active in the year) over the
    /// period of the mentoring — Positive, Stable or Negative, with the period. One per teacher and year: recording
    /// again replaces it. The recompute takes the most frequent level of the year for criterion 7 (a tie to the lower).
    /// </remarks>
    public static async Task<Ok<LearningDynamicsDto>> RecordLearningDynamics(IMediator mediator, RecordLearningDynamicsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Give the curator's information on mentorship contests</summary>
    /// <remarks>
    /// For the organisation's curator or administrator and coordinators: whether the organisation's teachers took part
    /// in a mentorship contest in the year (indicator 6.3, информация кураторов), and which. Replaces what was given for
    /// that organisation and year. A mentorship-contest participation record of the year counts as participated too.
    /// </remarks>
    public static async Task<Ok<MentorshipContestDto>> SetMentorshipContest(IMediator mediator, SetMentorshipContestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Read the criteria distribution by municipality</summary>
    /// <remarks>
    /// For coordinators and analysts, within their scope. `year` is required, and `regionId` or `municipalityId`. Per
    /// municipality, how many organisations are at each level of each of the seven criteria and of each of their
    /// indicators (every level listed, NoData included, zero where none is), from the last recompute. Also as the export
    /// dataset `criteria-distribution`. A territory outside the caller's scope answers 404.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<CriteriaDistributionRowDto>>> GetCriteriaDistribution(IMediator mediator, [AsParameters] GetCriteriaDistributionQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
