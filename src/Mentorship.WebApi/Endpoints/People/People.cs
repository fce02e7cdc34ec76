using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Commands.EndEmployment;
using Mentorship.Application.People.Commands.ErasePerson;
using Mentorship.Application.People.Commands.GiveConsent;
using Mentorship.Application.People.Commands.RevokeConsent;
using Mentorship.Application.People.Commands.UpdatePerson;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Application.People.Queries.GetPeople;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Application.People.Queries.GetPersonRecords;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.People;

public static class People
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("", GetPeople).WithName(nameof(GetPeople)).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetPerson).WithName(nameof(GetPerson)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreatePerson).WithName(nameof(CreatePerson)).ProducesWriteProblems();
        group.MapPut("/{id:guid}", UpdatePerson).WithName(nameof(UpdatePerson)).ProducesWriteProblems().ProducesUpdateProblems();
        group.MapDelete("/{id:guid}", ErasePerson).WithName(nameof(ErasePerson)).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/consents", GetConsents).WithName(nameof(GetConsents)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/consents", GiveConsent).WithName(nameof(GiveConsent)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/consents/{consentId:guid}/revoke", RevokeConsent).WithName(nameof(RevokeConsent))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}/participations", GetParticipations).WithName(nameof(GetParticipations)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/records", GetPersonRecords).WithName(nameof(GetPersonRecords)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/employments", AddEmployment).WithName(nameof(AddEmployment)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/employments/{employmentId:guid}/end", EndEmployment).WithName(nameof(EndEmployment)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/contests", AddContestParticipation).WithName(nameof(AddContestParticipation)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/publications", AddPublication).WithName(nameof(AddPublication)).ProducesWriteProblems();
        group.MapPost("/{id:guid}/trainings", AddTraining).WithName(nameof(AddTraining)).ProducesWriteProblems();
        return group;
    }

    public static async Task<Ok<PagedList<PersonDto>>> GetPeople(IMediator mediator, [AsParameters] GetPeopleQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<PersonDto>> GetPerson(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(new GetPersonQuery(id), cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Ok(person);
    }

    public static async Task<Created<PersonDto>> CreatePerson(IMediator mediator, HttpContext context, CreatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(command, cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/people/{person.Id}", person);
    }

    public static async Task<Ok<PersonDto>> UpdatePerson(IMediator mediator, HttpContext context, Guid id, UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Ok(person);
    }

    /// <summary>Erasure: the person is anonymised, not deleted, so that aggregates stay correct.</summary>
    public static async Task<NoContent> ErasePerson(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ErasePersonCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IReadOnlyList<ConsentDto>>> GetConsents(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetConsentsQuery(id), cancellationToken));

    public static async Task<Created<ConsentDto>> GiveConsent(IMediator mediator, Guid id, GiveConsentCommand command, CancellationToken cancellationToken)
    {
        var consent = await mediator.Send(command with { PersonId = id }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/consents", consent);
    }

    public static async Task<Ok<ConsentDto>> RevokeConsent(IMediator mediator, Guid id, Guid consentId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RevokeConsentCommand(id, consentId), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ParticipationDto>>> GetParticipations(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetParticipationsQuery(id), cancellationToken));

    public static async Task<Ok<PersonRecordsDto>> GetPersonRecords(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPersonRecordsQuery(id), cancellationToken));

    public static async Task<Created<EmploymentDto>> AddEmployment(IMediator mediator, Guid id, AddEmploymentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    public static async Task<Ok<EmploymentDto>> EndEmployment(IMediator mediator, Guid id, Guid employmentId, EndEmploymentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { PersonId = id, EmploymentId = employmentId }, cancellationToken));

    public static async Task<Created<ContestParticipationDto>> AddContestParticipation(IMediator mediator, Guid id, AddContestParticipationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    public static async Task<Created<PublicationDto>> AddPublication(IMediator mediator, Guid id, AddPublicationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    public static async Task<Created<TrainingDto>> AddTraining(IMediator mediator, Guid id, AddTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));
}
