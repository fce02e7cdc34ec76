using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.PublishSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints;

/// <summary>Questionnaires at the initial, midpoint and final points per form and role, their responses and growth.</summary>
public static class Surveys
{
    public static RouteGroupBuilder MapSurveys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys").WithTags("Surveys");
        group.MapGet("", GetSurveyTemplates).WithName(nameof(GetSurveyTemplates)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetSurveyTemplate).WithName(nameof(GetSurveyTemplate)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateSurveyTemplate).WithName(nameof(CreateSurveyTemplate)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/publish", PublishSurveyTemplate).WithName(nameof(PublishSurveyTemplate))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{templateId:guid}/responses", SubmitSurveyResponse).WithName(nameof(SubmitSurveyResponse)).ProducesWriteProblems();
        group.MapGet("/growth", GetSurveyGrowth).WithName(nameof(GetSurveyGrowth)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<PagedList<SurveyTemplateDto>>> GetSurveyTemplates(IMediator mediator, [AsParameters] GetSurveyTemplatesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<SurveyTemplateDto>> GetSurveyTemplate(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSurveyTemplateQuery(id), cancellationToken));

    public static async Task<Created<SurveyTemplateDto>> CreateSurveyTemplate(IMediator mediator, CreateSurveyTemplateCommand command, CancellationToken cancellationToken)
    {
        var template = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{template.Id}", template);
    }

    public static async Task<Ok<SurveyTemplateDto>> PublishSurveyTemplate(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PublishSurveyTemplateCommand(id), cancellationToken));

    public static async Task<Created<SurveyResponseDto>> SubmitSurveyResponse(IMediator mediator, Guid templateId, SubmitSurveyResponseCommand command, CancellationToken cancellationToken)
    {
        var response = await mediator.Send(command with { TemplateId = templateId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/surveys/{templateId}/responses/{response.Id}", response);
    }

    public static async Task<Ok<IReadOnlyList<SurveyGrowthDto>>> GetSurveyGrowth(IMediator mediator, [AsParameters] GetSurveyGrowthQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
