using MediatR;
using Mentorship.Domain.Common;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.ReportHeadCounts;
using Mentorship.Application.Integration.Commands.RevokeApiKey;
using Mentorship.Application.Integration.Commands.UpsertEmployments;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Application.Integration.Queries.GetApiKeys;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Integration;

/// <summary>
/// The school-system integration API: bulk upserts keyed by the client's external ids, each POST idempotent by
/// its Idempotency-Key header. Batches hold at most 1 000 rows and are all-or-nothing.
/// </summary>
public static class Integration
{
    public static RouteGroupBuilder MapIntegration(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/integration").WithTags("Integration").AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyKeyMetadata());
        group.MapPost("/people", UpsertPeople).WithName(nameof(UpsertPeople)).ProducesBatchProblems();
        group.MapPost("/people/csv", UpsertPeopleFromCsv).WithName(nameof(UpsertPeopleFromCsv)).Sends<UpsertPeopleCommand>().ProducesBatchProblems()
            .Accepts<string>("text/csv");
        group.MapPost("/employments", UpsertEmployments).WithName(nameof(UpsertEmployments)).ProducesBatchProblems();
        group.MapPost("/headcounts", ReportHeadCounts).WithName(nameof(ReportHeadCounts)).ProducesBatchProblems();

        var keys = api.MapGroup("/api-keys").WithTags("Integration");
        keys.MapGet("", GetApiKeys).WithName(nameof(GetApiKeys)).ProducesValidationProblem();
        keys.MapPost("", CreateApiKey).WithName(nameof(CreateApiKey)).ProducesWriteProblems();
        keys.MapPost("/{id:guid}/revoke", RevokeApiKey).WithName(nameof(RevokeApiKey))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<BatchResultDto>> UpsertPeople(IMediator mediator, UpsertPeopleCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<BatchResultDto>> UpsertEmployments(IMediator mediator, UpsertEmploymentsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<BatchResultDto>> ReportHeadCounts(IMediator mediator, ReportHeadCountsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>
    /// The people batch as a spreadsheet export: UTF-8 (with or without BOM) or Windows-1251, separated by ';' or
    /// ',', with a header row naming the same fields as the JSON batch (externalId, organizationId, lastName, …).
    /// </summary>
    public static async Task<Ok<BatchResultDto>> UpsertPeopleFromCsv(IMediator mediator, HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(ErrorCodes.Common.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var rows = PeopleCsv.Parse(buffer.ToArray());
        return TypedResults.Ok(await mediator.Send(new UpsertPeopleCommand(rows), cancellationToken));
    }

    public static async Task<Ok<Application.Common.Models.PagedList<ApiKeyDto>>> GetApiKeys(IMediator mediator, [AsParameters] GetApiKeysQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Creates an API key; the response carries the key itself, shown this once only.</summary>
    public static async Task<Created<CreatedApiKeyDto>> CreateApiKey(IMediator mediator, CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/api-keys?clientId={created.ApiKey.ClientId}", created);
    }

    public static async Task<Ok<ApiKeyDto>> RevokeApiKey(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RevokeApiKeyCommand(id), cancellationToken));

    private static RouteHandlerBuilder ProducesBatchProblems(this RouteHandlerBuilder builder) => builder
        .ProducesWriteProblems()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
