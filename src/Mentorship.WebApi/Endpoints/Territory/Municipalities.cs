using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;
using Mentorship.Application.Territory.Municipalities.Commands.UpdateMunicipality;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipalities;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Territory;

public static class Municipalities
{
    public static RouteGroupBuilder MapMunicipalities(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/municipalities").WithTags("Territory");
        group.MapGet("", GetMunicipalities).WithName(nameof(GetMunicipalities)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetMunicipality).WithName(nameof(GetMunicipality)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateMunicipality).WithName(nameof(CreateMunicipality)).ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdateMunicipality).WithName(nameof(UpdateMunicipality)).ProducesWriteProblems().ProducesUpdateProblems();
        return group;
    }

    /// <summary>List the municipalities (муниципальные образования)</summary>
    /// <remarks>
    /// Any signed-in user, e.g. a regional coordinator choosing a municipality to monitor. Filter by `regionId`;
    /// `search` matches part of the name or the start of the OKTMO code. Sorted by name; paged (`page`, `pageSize` up
    /// to 200) with the total count.
    /// </remarks>
    public static async Task<Ok<PagedList<MunicipalityDto>>> GetMunicipalities(IMediator mediator, [AsParameters] GetMunicipalitiesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read one municipality (муниципальное образование)</summary>
    /// <remarks>
    /// Any signed-in user. Gives the region, the name and the OKTMO code, and an `ETag` for updates. An unknown
    /// municipality answers 404.
    /// </remarks>
    public static async Task<Ok<MunicipalityDto>> GetMunicipality(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(new GetMunicipalityQuery(id), cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Ok(municipality);
    }

    /// <summary>Register a municipality of a region</summary>
    /// <remarks>
    /// Administrators and the regional coordinator (региональный координатор) of the region. The OKTMO code is 8 or 11
    /// digits and unique (409 when another municipality has it). A region that does not exist or lies outside the
    /// caller's region is refused as a field error of `regionId`. Answers 201 with the municipality and its `ETag`.
    /// </remarks>
    public static async Task<Created<MunicipalityDto>> CreateMunicipality(IMediator mediator, HttpContext context, CreateMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(command, cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/municipalities/{municipality.Id}", municipality);
    }

    /// <summary>Rename a municipality or correct its OKTMO code</summary>
    /// <remarks>
    /// Administrators and the regional coordinator of its region (a municipality of another region answers 404). The
    /// OKTMO code stays 8 or 11 digits and unique. Send the `ETag` you read as `If-Match`: a stale one answers 412.
    /// </remarks>
    public static async Task<Ok<MunicipalityDto>> UpdateMunicipality(IMediator mediator, HttpContext context, Guid id, UpdateMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Ok(municipality);
    }
}
