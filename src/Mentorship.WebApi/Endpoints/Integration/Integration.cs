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

    /// <summary>Push people from a school information system, keyed by its own external ids</summary>
    /// <remarks>
    /// For the information system of a school (API key of an integration client): pupils, teachers and the other
    /// participants of mentorship, created or updated by the client's external id (внешний идентификатор), at most 1
    /// 000 rows a batch, each in an organisation the key is scoped to (an archived or foreign organisation is reported
    /// like a missing one). The batch is all-or-nothing: every row is checked first and any bad row — a missing name, a
    /// grade for someone who is not a pupil, an external id listed twice, a person linked to an organisation outside
    /// the key's scope — refuses the whole batch with a report per row (`items[3].lastName`); nothing is saved. Answers
    /// the number created and updated and, per row, the person's id. Send an `Idempotency-Key` header: a retry with the
    /// same key and body returns the first response (`Idempotent-Replayed: true`) and writes nothing twice; the same
    /// key with another body answers 422, a retry while the first request is still running answers 409.
    /// </remarks>
    public static async Task<Ok<BatchResultDto>> UpsertPeople(IMediator mediator, UpsertPeopleCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Push teachers' employment records (стаж, молодые специалисты)</summary>
    /// <remarks>
    /// For a school information system (integration client): the staff records behind the retention criterion 4 of the
    /// efficiency criteria (закрепление молодых специалистов). Each row names the person by the client's external id
    /// (already sent through the people batch), the organisation, the hire date, the pedagogical experience at hire
    /// (0–70 years), optionally the leaving date and the young-specialist flag; a row with the same person,
    /// organisation and hire date corrects the existing record, and a leaving date ends it. Only teachers have
    /// employment records. At most 1 000 rows; all-or-nothing with a report per row. Send an `Idempotency-Key` header:
    /// a retry with the same key and body returns the first response (`Idempotent-Replayed: true`) and writes nothing
    /// twice; the same key with another body answers 422, a retry while the first request is still running answers 409.
    /// </remarks>
    public static async Task<Ok<BatchResultDto>> UpsertEmployments(IMediator mediator, UpsertEmploymentsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Push head-count reports (контингент) of several organisations</summary>
    /// <remarks>
    /// For a school information system (integration client): per organisation and academic year, pupils total and in
    /// the age band, children in additional education, teachers total, under 35 and young specialists — the
    /// denominators of the coverage indicators. Reports are never overwritten: each row adds the latest report of its
    /// organisation and year (a later row of the same batch wins), and the earlier ones stay as history. Each
    /// organisation must be in the key's scope and not archived. At most 1 000 rows; all-or-nothing with a report per
    /// row. Send an `Idempotency-Key` header: a retry with the same key and body returns the first response
    /// (`Idempotent-Replayed: true`) and writes nothing twice; the same key with another body answers 422, a retry
    /// while the first request is still running answers 409.
    /// </remarks>
    public static async Task<Ok<BatchResultDto>> ReportHeadCounts(IMediator mediator, ReportHeadCountsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Push people as a CSV file (the curator's spreadsheet)</summary>
    /// <remarks>
    /// The people batch as a spreadsheet export, for a school system or a curator's table: `text/csv` in UTF-8 (with or
    /// without BOM) or Windows-1251, separated by `;` or `,`, with a header row naming the same fields as the JSON
    /// batch (externalId, organizationId, lastName, firstName, middleName, birthDate as 2010-05-31 or 31.05.2010,
    /// category, grade, hasSpecialNeeds as true/false/да/нет, email, phone). An empty file, more than 1 000 rows or a
    /// cell that cannot be read is refused with its line. Otherwise the same as the JSON people batch: all-or-nothing,
    /// keyed by the external ids. Another content type answers 415. Send an `Idempotency-Key` header: a retry with the
    /// same key and body returns the first response (`Idempotent-Replayed: true`) and writes nothing twice; the same
    /// key with another body answers 422, a retry while the first request is still running answers 409.
    /// </remarks>
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

    /// <summary>List the API keys of school information systems</summary>
    /// <remarks>
    /// Administrators. Shows each key's name, client id, the visible prefix, the organisations it is scoped to, when it
    /// was created, last used and revoked — never the key itself, which is stored hashed. Revoked keys are left out
    /// unless `includeRevoked=true`; filter by `clientId`. Paged (`page`, `pageSize` up to 200).
    /// </remarks>
    public static async Task<Ok<Application.Common.Models.PagedList<ApiKeyDto>>> GetApiKeys(IMediator mediator, [AsParameters] GetApiKeysQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Issue an API key to a school information system</summary>
    /// <remarks>
    /// Administrators, when a school's information system (or a regional platform) is connected. The key is scoped to
    /// one or more organisations (up to 1 000, all of which must exist): the client may write only their people, staff
    /// records and head-counts. The client id is letters, digits, `.`, `_` and `-`; it is the namespace of the client's
    /// external ids. The response carries the key itself, shown this once only: only its hash is kept. The system then
    /// sends it as the `X-Api-Key` header.
    /// </remarks>
    public static async Task<Created<CreatedApiKeyDto>> CreateApiKey(IMediator mediator, CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/api-keys?clientId={created.ApiKey.ClientId}", created);
    }

    /// <summary>Revoke an API key</summary>
    /// <remarks>
    /// Administrators, when a system is disconnected or its key may have leaked. The key stops working at once; the
    /// record stays in the list (with `includeRevoked=true`) and its external ids stay linked to the people. Revoking a
    /// key twice answers 409.
    /// </remarks>
    public static async Task<Ok<ApiKeyDto>> RevokeApiKey(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RevokeApiKeyCommand(id), cancellationToken));

    private static RouteHandlerBuilder ProducesBatchProblems(this RouteHandlerBuilder builder) => builder
        .ProducesWriteProblems()
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
