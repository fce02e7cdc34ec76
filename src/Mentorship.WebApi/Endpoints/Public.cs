using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;
using Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;
using Mentorship.Application.Public.Partners.Queries.GetPublicPartners;
using Mentorship.Application.Public.Practices.Queries.GetPublicPractices;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints;

/// <summary>
/// The open information resource (открытый информационный ресурс): anonymous, read-only, published data only,
/// no personal data; cacheable and callable from the configured frontends.
/// </summary>
public static class Public
{
    public static RouteGroupBuilder MapPublic(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public")
            .AllowAnonymous()
            .RequireCors(PublicResource.CorsPolicy)
            .AddEndpointFilter<PublicCachingFilter>();

        group.MapGet("/programmes", GetPublicProgrammes).WithName(nameof(GetPublicProgrammes)).ProducesPublicProblems().ProducesValidationProblem();
        group.MapGet("/programmes/{id:guid}", GetPublicProgramme).WithName(nameof(GetPublicProgramme)).ProducesPublicProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/organizations", GetPublicOrganizations).WithName(nameof(GetPublicOrganizations)).ProducesPublicProblems().ProducesValidationProblem();
        group.MapGet("/partners", GetPublicPartners).WithName(nameof(GetPublicPartners)).ProducesPublicProblems().ProducesValidationProblem();
        group.MapGet("/practices", GetPublicPractices).WithName(nameof(GetPublicPractices)).ProducesPublicProblems().ProducesValidationProblem();
        group.MapGet("/indicators", GetPublicIndicators).WithName(nameof(GetPublicIndicators)).ProducesPublicProblems().ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<PagedList<PublicProgrammeSummaryDto>>> GetPublicProgrammes(IMediator mediator, [AsParameters] GetPublicProgrammesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PublicProgrammeDto>> GetPublicProgramme(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicProgrammeQuery(id), cancellationToken));

    public static async Task<Ok<PagedList<PublicOrganizationDto>>> GetPublicOrganizations(IMediator mediator, [AsParameters] GetPublicOrganizationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PagedList<PublicPartnerDto>>> GetPublicPartners(IMediator mediator, [AsParameters] GetPublicPartnersQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PagedList<PublicPracticeDto>>> GetPublicPractices(IMediator mediator, [AsParameters] GetPublicPracticesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PagedList<PublicIndicatorDto>>> GetPublicIndicators(IMediator mediator, [AsParameters] GetPublicIndicatorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>What every public endpoint may answer besides its body: 304 to a matching If-None-Match, 429 over the limit.</summary>
    private static RouteHandlerBuilder ProducesPublicProblems(this RouteHandlerBuilder builder) => builder
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
