using MediatR;
using Mentorship.Application.Reference.Queries.GetCriteria;
using Mentorship.Application.Reference.Queries.GetErrors;
using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Application.Reference.Queries.GetForms;
using Mentorship.Application.Reference.Queries.GetOrganizationKinds;
using Mentorship.Application.Reference.Queries.GetPersonCategories;
using Mentorship.Application.Reference.Queries.GetStages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Reference;

/// <summary>Reference data with titles in the caller's language (Russian by default, English with Accept-Language: en).</summary>
public static class Reference
{
    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference").AllowAnonymous();
        group.MapGet("/forms", GetForms).WithName(nameof(GetForms));
        group.MapGet("/formats", GetFormats).WithName(nameof(GetFormats));
        group.MapGet("/stages", GetStages).WithName(nameof(GetStages));
        group.MapGet("/organization-kinds", GetOrganizationKinds).WithName(nameof(GetOrganizationKinds));
        group.MapGet("/criteria", GetCriteria).WithName(nameof(GetCriteria));
        group.MapGet("/person-categories", GetPersonCategories).WithName(nameof(GetPersonCategories));
        group.MapGet("/errors", GetErrors).WithName(nameof(GetErrors));
        return group;
    }

    public static async Task<Ok<IReadOnlyList<FormReferenceDto>>> GetForms(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFormsQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetFormats(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFormatsQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<StageReferenceDto>>> GetStages(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStagesQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetOrganizationKinds(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrganizationKindsQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<CriterionReferenceDto>>> GetCriteria(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCriteriaQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ReferenceItemDto>>> GetPersonCategories(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPersonCategoriesQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ErrorCodeDto>>> GetErrors(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetErrorsQuery(), cancellationToken));
}
