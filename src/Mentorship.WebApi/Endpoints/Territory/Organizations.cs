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

    /// <summary>List the organisations: schools, colleges, ДО centres, employers, NGOs</summary>
    /// <remarks>
    /// Any signed-in user, within their scope: a coordinator finds the organisations of the region or municipality, a
    /// curator their own. Filter by `regionId`, `municipalityId` and `kind` (general education school, school for
    /// children with special needs (ОВЗ), college (СПО), additional education (ДО), employer, NGO, methodological
    /// centre …). `search` takes words of the name or short name (case-insensitive, ё = е) or an exact INN. Archived
    /// organisations are left out unless `includeArchived=true`. Sorted by name; paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<PagedList<OrganizationDto>>> GetOrganizations(IMediator mediator, [AsParameters] GetOrganizationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read one organisation (образовательная организация, предприятие, НКО)</summary>
    /// <remarks>
    /// Any signed-in user whose scope includes it (else 404). Gives its municipality and region, kind, INN, the rural
    /// and hard-to-reach (труднодоступная) flags, address and contacts, whether it is archived, and an `ETag` for
    /// updates.
    /// </remarks>
    public static async Task<Ok<OrganizationDto>> GetOrganization(IMediator mediator, HttpContext context, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(new GetOrganizationQuery(organizationId), cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }

    /// <summary>Register an organisation in a municipality</summary>
    /// <remarks>
    /// Coordinators (administrator, regional or municipal coordinator) add the schools, colleges, additional education
    /// centres, employers and NGOs that take part in the target model of mentorship (целевая модель наставничества);
    /// partner organisations of programmes are organisations too. The municipality must be one the caller manages (else
    /// a field error of `municipalityId`). The INN is optional but, when given, must be 10 or 12 digits with valid
    /// check digits and belong to no other organisation (409). The rural and hard-to-reach flags feed the rural split
    /// of the coverage indicators. Answers 201 with the organisation and its `ETag`.
    /// </remarks>
    public static async Task<Created<OrganizationDto>> CreateOrganization(IMediator mediator, HttpContext context, CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(command, cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/organizations/{organization.Id}", organization);
    }

    /// <summary>Change an organisation's name, kind, INN, location or contacts</summary>
    /// <remarks>
    /// Coordinators, and the organisation's own administrator. The same rules as on registration; moving the
    /// organisation to another municipality needs the right to manage that municipality too. An archived organisation
    /// takes no changes (409). Send the `ETag` you read as `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<OrganizationDto>> UpdateOrganization(IMediator mediator, HttpContext context, Guid organizationId, UpdateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(command with { Id = organizationId, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }

    /// <summary>Archive an organisation that no longer takes part</summary>
    /// <remarks>
    /// Coordinators, when a school closes or merges. The organisation keeps its history, programmes and indicators but
    /// leaves the lists and takes no more changes or new data; archiving it twice answers 409. Send the `ETag` you read
    /// as `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<OrganizationDto>> ArchiveOrganization(IMediator mediator, HttpContext context, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await mediator.Send(new ArchiveOrganizationCommand(organizationId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        ETags.Set(context, organization.Version);
        return TypedResults.Ok(organization);
    }
}
