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

    public static async Task<Ok<PagedList<MunicipalityDto>>> GetMunicipalities(IMediator mediator, [AsParameters] GetMunicipalitiesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MunicipalityDto>> GetMunicipality(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(new GetMunicipalityQuery(id), cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Ok(municipality);
    }

    public static async Task<Created<MunicipalityDto>> CreateMunicipality(IMediator mediator, HttpContext context, CreateMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(command, cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/municipalities/{municipality.Id}", municipality);
    }

    public static async Task<Ok<MunicipalityDto>> UpdateMunicipality(IMediator mediator, HttpContext context, Guid id, UpdateMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, municipality.Version);
        return TypedResults.Ok(municipality);
    }
}
