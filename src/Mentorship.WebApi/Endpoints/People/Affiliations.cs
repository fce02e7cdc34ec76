using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People.Commands.AddAffiliation;
using Mentorship.Application.People.Commands.EndAffiliation;
using Mentorship.Application.People.Queries.FindPersonBySnils;
using Mentorship.Application.People.Queries.GetAffiliations;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.People;

/// <summary>One person, several organisations: a person's affiliations and finding a person by СНИЛС.</summary>
public static class Affiliations
{
    public static RouteGroupBuilder MapAffiliations(this RouteGroupBuilder people)
    {
        people.MapPost("/find-by-snils", FindPersonBySnils).WithName(nameof(FindPersonBySnils)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapGet("/{id:guid}/affiliations", GetAffiliations).WithName(nameof(GetAffiliations)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPost("/{id:guid}/affiliations", AddAffiliation).WithName(nameof(AddAffiliation)).ProducesWriteProblems();
        people.MapPost("/{id:guid}/affiliations/{affiliationId:guid}/end", EndAffiliation).WithName(nameof(EndAffiliation)).ProducesWriteProblems();
        return people;
    }

    /// <summary>Find a person of the municipality by СНИЛС</summary>
    /// <remarks>
    /// For curators, organisation administrators and coordinators, before registering a pupil or teacher who may already
    /// be registered by another organisation of the municipality (a pupil of a school who attends a ДО centre): the
    /// СНИЛС (11 digits, separators allowed, control number checked) goes in the body, never in the URL. Answers the
    /// person's name, birth date and category — no contacts, no СНИЛС, no other organisations — and whether the person
    /// is already in the caller's scope; then `POST /people/{id}/affiliations` with the same СНИЛС adds them to the
    /// caller's organisation. A СНИЛС of no person of the caller's municipalities answers 404. The read is audited.
    /// </remarks>
    public static async Task<Ok<PersonMatchDto>> FindPersonBySnils(IMediator mediator, FindPersonBySnilsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>List a person's affiliations with organisations</summary>
    /// <remarks>
    /// The organisations the person belongs to besides the home one (the person's `organizationId`), with the role there
    /// and the period, newest first, paged. A caller sees only the affiliations with organisations in their scope: a
    /// curator sees the person's ties with their own organisation, not the other schools or centres the child attends.
    /// The read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<AffiliationDto>>> GetAffiliations(IMediator mediator, Guid id, [AsParameters] GetAffiliationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query with { PersonId = id }, cancellationToken));

    /// <summary>Affiliate a person with one more organisation</summary>
    /// <remarks>
    /// For curators, organisation administrators and coordinators of the organisation (in scope, not archived): the
    /// person also belongs to it, in a role (a pupil at the ДО centre) from a first day, optionally to a last one. The
    /// coverage indicators then count the person at each organisation they belong to during the year, and once in the
    /// municipality and region. A person not yet in the caller's scope is reached with their СНИЛС (`snils`, as found by
    /// `POST /people/find-by-snils`), and only from the municipality of their home organisation; otherwise 404. The
    /// same organisation, role and first day twice answers 409, and so does the home organisation in the person's own
    /// category. Audited as a change of personal data.
    /// </remarks>
    public static async Task<Created<AffiliationDto>> AddAffiliation(IMediator mediator, Guid id, AddAffiliationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/affiliations", await mediator.Send(command with { PersonId = id }, cancellationToken));

    /// <summary>End a person's affiliation with an organisation</summary>
    /// <remarks>
    /// For the keepers of that organisation: the last day the person belonged to it (not before the first day); an
    /// affiliation already ended answers 409. Audited as a change of personal data.
    /// </remarks>
    public static async Task<Ok<AffiliationDto>> EndAffiliation(IMediator mediator, Guid id, Guid affiliationId, EndAffiliationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { PersonId = id, AffiliationId = affiliationId }, cancellationToken));
}
