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
        return group.MapAffiliations();
    }

    /// <summary>Find people: pupils, teachers, students, parents, employers' and NGO representatives</summary>
    /// <remarks>
    /// For curators, organisation administrators, coordinators and the school's information system, within their scope;
    /// a mentor or mentee sees their own record only. Shows personal data (152-FZ), so every person returned is written
    /// to the audit log. Filter by `organizationId` and `category` (Pupil, Student, Teacher, EmployerRepresentative,
    /// Parent, NgoVolunteer, Other, Alumni); `search` takes words of the full name (case-insensitive). Sorted by last and first
    /// name; paged (`page`, `pageSize` up to 200). A person affiliated with the caller's organisation is found there too. The
    /// СНИЛС is never in the list (`snils` is null): read the person to see it.
    /// </remarks>
    public static async Task<Ok<PagedList<PersonDto>>> GetPeople(IMediator mediator, [AsParameters] GetPeopleQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a person's record (персональные данные)</summary>
    /// <remarks>
    /// For those who keep the person's organisation (curator, organisation administrator, coordinators, the school
    /// system), and for the person themselves as mentor or mentee. Gives the name, birth date, category, grade of a
    /// pupil, the special-needs flag (ОВЗ), contacts, the external ids of integrating systems, whether the data were
    /// erased, and an `ETag` for updates. The read is written to the audit log. A person outside the caller's scope
    /// answers 404.
    /// </remarks>
    public static async Task<Ok<PersonDto>> GetPerson(IMediator mediator, HttpContext context, Guid id, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(new GetPersonQuery(id), cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Ok(person);
    }

    /// <summary>Register a person in an organisation</summary>
    /// <remarks>
    /// Curators, organisation administrators and coordinators (and school systems) register the future mentors and
    /// mentees: pupils, students, teachers, employers' representatives, parents, NGO volunteers. The organisation is
    /// where the person studies or works (it is where they count in the coverage indicators) and must be in the
    /// caller's scope and not archived. Last and first name and category are required; only a pupil has a grade; the
    /// birth date cannot be in the future (without it a pupil cannot be placed in the 10–18 age band and is reported
    /// apart). Before the person can join a pair or group, record their consent to the processing of personal data
    /// (`POST .../consents`). Answers 201 with the person and an `ETag`.
    /// </remarks>
    public static async Task<Created<PersonDto>> CreatePerson(IMediator mediator, HttpContext context, CreatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(command, cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/people/{person.Id}", person);
    }

    /// <summary>Correct a person's record</summary>
    /// <remarks>
    /// The same keepers and rules as on registration; moving the person to another organisation needs that organisation
    /// in scope too. An erased person takes no changes (409). Send the `ETag` you read as `If-Match`: a stale one
    /// answers 412.
    /// </remarks>
    public static async Task<Ok<PersonDto>> UpdatePerson(IMediator mediator, HttpContext context, Guid id, UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(context.Request) }, cancellationToken);
        ETags.Set(context, person.Version);
        return TypedResults.Ok(person);
    }

    /// <summary>Erase a person's personal data on request (152-FZ)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation, on an erasure request of the person or their legal representative.
    /// Names, contacts and birth date are removed, external ids unlinked, consents closed, and every active
    /// participation in a pair or group ends; the anonymous record and the aggregates stay, so the indicators remain
    /// correct. Erasing an erased person again changes nothing. Answers 204.
    /// </remarks>
    public static async Task<NoContent> ErasePerson(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ErasePersonCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>List a person's consents to the processing of personal data (согласия на обработку ПДн)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation and the person themselves. Newest first; each with who gave it (the
    /// person or a legal representative, named), purpose, when it was given and revoked, the document reference and
    /// whether it is active. The read is written to the audit log.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ConsentDto>>> GetConsents(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetConsentsQuery(id), cancellationToken));

    /// <summary>Record a consent to the processing of personal data</summary>
    /// <remarks>
    /// For curators and the other keepers, when the signed consent is received — a person without an active consent
    /// cannot be confirmed in a pair or group. A minor (under 18) needs a legal representative's consent (законный
    /// представитель; a pupil of 14–17 may co-sign): the minor's own consent alone is refused, and the representative's
    /// name is required exactly when a representative consents. The purpose is required; the date given defaults to now
    /// and cannot be in the future. An erased person takes no new consent.
    /// </remarks>
    public static async Task<Created<ConsentDto>> GiveConsent(IMediator mediator, Guid id, GiveConsentCommand command, CancellationToken cancellationToken)
    {
        var consent = await mediator.Send(command with { PersonId = id }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/consents", consent);
    }

    /// <summary>Revoke a consent</summary>
    /// <remarks>
    /// For the keepers of the person's organisation, when the person or their representative withdraws consent. If no
    /// other consent stays active, every active participation of the person in a pair or group — in any organisation's
    /// programme — ends with the reason "consent revoked" (отзыв согласия), in the same transaction. A consent already
    /// revoked answers 409.
    /// </remarks>
    public static async Task<Ok<ConsentDto>> RevokeConsent(IMediator mediator, Guid id, Guid consentId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RevokeConsentCommand(id, consentId), cancellationToken));

    /// <summary>Read a person's mentoring history (персонифицированный учёт)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation and the person themselves. Every place the person held in a pair or
    /// group, newest first: programme and its academic year, form (ученик–ученик, учитель–учитель …) and format, role
    /// (mentor or mentee), the group's status, when they joined and left and why — including places in other
    /// organisations' (network) programmes. The read is written to the audit log.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<ParticipationDto>>> GetParticipations(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetParticipationsQuery(id), cancellationToken));

    /// <summary>Read a person's activity records for the efficiency criteria</summary>
    /// <remarks>
    /// For the keepers of the person's organisation and the person themselves: employment records (criterion 4,
    /// retention of young specialists), contest participations (criteria 5 and 6), presentations and publications and
    /// trainings on mentorship (criterion 6), newest first. An erased person's records are not shown (409). The read is
    /// written to the audit log.
    /// </remarks>
    public static async Task<Ok<PersonRecordsDto>> GetPersonRecords(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPersonRecordsQuery(id), cancellationToken));

    /// <summary>Record a teacher's employment (for the retention of young specialists)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation. Only teachers have employment records. The organisation must be in
    /// the caller's scope; give the hire date, the pedagogical experience at hire (0–70 years) and, if known, the
    /// leaving date (not before hiring). The young-specialist flag (молодой специалист) defaults to an experience under
    /// 3 years. Criterion 4 counts the young specialists hired 3–5 years before the year who are still employed.
    /// </remarks>
    public static async Task<Created<EmploymentDto>> AddEmployment(IMediator mediator, Guid id, AddEmploymentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    /// <summary>Record that a teacher left an organisation</summary>
    /// <remarks>
    /// For the keepers of the person's organisation: sets the leaving date of an employment record. An employment that
    /// has already ended is refused. Feeds criterion 4 (retention of young specialists) at the next recompute.
    /// </remarks>
    public static async Task<Ok<EmploymentDto>> EndEmployment(IMediator mediator, Guid id, Guid employmentId, EndEmploymentCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { PersonId = id, EmploymentId = employmentId }, cancellationToken));

    /// <summary>Record a contest participation (конкурс профессионального мастерства, конкурс наставничества)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation. The year, level (School, Municipal, Regional, Federal), kind — a
    /// professional contest (criterion 5: young specialists' participations at school and municipal level) or a
    /// mentorship contest such as «Лучшие практики наставничества» (criterion 6 and the contest indicator) — and name
    /// are required; the date, if given, must fall in that year.
    /// </remarks>
    public static async Task<Created<ContestParticipationDto>> AddContestParticipation(IMediator mediator, Guid id, AddContestParticipationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    /// <summary>Record a presentation or publication on mentorship</summary>
    /// <remarks>
    /// For the keepers of the person's organisation: a mentor's talk at a conference or seminar, an article or another
    /// publication, with its level (School, Municipal, Regional, Federal), title, date and optional link. Counted in
    /// criterion 6 (dissemination of mentoring practice, распространение опыта).
    /// </remarks>
    public static async Task<Created<PublicationDto>> AddPublication(IMediator mediator, Guid id, AddPublicationCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));

    /// <summary>Record a completed training on mentorship (курсы ДПП)</summary>
    /// <remarks>
    /// For the keepers of the person's organisation: an additional professional programme (ДПП) on mentorship, with its
    /// name, hours, completion date and provider. Counted in criterion 6 (mentors trained) and in the share of
    /// organisations whose staff completed mentorship training.
    /// </remarks>
    public static async Task<Created<TrainingDto>> AddTraining(IMediator mediator, Guid id, AddTrainingCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{DependencyInjection.ApiBase}/people/{id}/records", await mediator.Send(command with { PersonId = id }, cancellationToken));
}
