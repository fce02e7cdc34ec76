using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Territory;

public static class Organizations
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Territory");
        group.MapGet("", GetOrganizations).WithName(nameof(GetOrganizations)).ProducesValidationProblem();
        group.MapGet("/{organizationId:guid}", GetOrganization).WithName(nameof(GetOrganization)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateOrganization).WithName(nameof(CreateOrganization)).ProducesWriteProblems();
        group.MapPut("/{organizationId:guid}", UpdateOrganization).WithName(nameof(UpdateOrganization)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapPost("/{organizationId:guid}/archive", ArchiveOrganization).WithName(nameof(ArchiveOrganization))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesUpdateProblems();
        return group;
    }

    public static async Task<Ok<PagedList<OrganizationDto>>> GetOrganizations(IMediator mediator, [AsParameters] GetOrganizationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<OrganizationDto>> GetOrganization(IMediator mediator, HttpContext context, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(new GetOrganizationQuery(organizationId), cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }

    public static async Task<Created<OrganizationDto>> CreateOrganization(IMediator mediator, HttpContext context, CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(command, cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/organizations/{organization.Id}", organization);
    }

    public static async Task<Ok<OrganizationDto>> UpdateOrganization(IMediator mediator, HttpContext context, Guid organizationId, UpdateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(command with { Id = organizationId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }

    public static async Task<Ok<OrganizationDto>> ArchiveOrganization(IMediator mediator, HttpContext context, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(new ArchiveOrganizationCommand(organizationId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }
}
