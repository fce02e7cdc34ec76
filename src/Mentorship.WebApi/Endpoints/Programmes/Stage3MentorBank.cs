using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Stage 3, the mentor bank of a programme.</summary>
public static class Stage3MentorBank
{
    private const int NotFound = StatusCodes.Status404NotFound;

    public static RouteGroupBuilder MapStage3MentorBank(this RouteGroupBuilder api)
    {
        var mentors = api.MapGroup("/programmes/{programmeId:guid}/mentors").WithTags("Stage 3. Mentor bank");
        mentors.MapGet("", GetMentors).WithName(nameof(GetMentors)).ProducesValidationProblem().ProducesProblem(NotFound);
        mentors.MapGet("/{mentorId:guid}", GetMentor).WithName(nameof(GetMentor)).ProducesProblem(NotFound);
        mentors.MapPost("", AddMentor).WithName(nameof(AddMentor)).ProducesWriteProblems();
        mentors.MapPut("/{mentorId:guid}", UpdateMentor).WithName(nameof(UpdateMentor)).ProducesWriteProblems();
        return mentors;
    }

    /// <summary>List the mentor bank of a programme (база наставников)</summary>
    /// <remarks>
    /// For the organisation's staff, at stage 3 and after, e.g. when matching at stage 5. Each mentor with name and
    /// category, competences (tags), capacity (how many mentees at a time), source (pupils ready to help peers,
    /// teachers, parents, council members, employers, students, volunteers, graduates) and whether they are active.
    /// Filter by `competence` (a tag) and `isActive`; in the order they entered the bank; paged (`page`, `pageSize` up
    /// to 200). Shows personal data, so the read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<MentorDto>>> GetMentors(IMediator mediator, [AsParameters] GetMentorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read a mentor of the bank</summary>
    /// <remarks>
    /// For the organisation's staff. A mentor of another programme answers 404. Shows personal data, so the read is
    /// audited.
    /// </remarks>
    public static async Task<Ok<MentorDto>> GetMentor(IMediator mediator, Guid programmeId, Guid mentorId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorQuery(programmeId, mentorId), cancellationToken));

    /// <summary>Enter an accepted candidate into the mentor bank</summary>
    /// <remarks>
    /// For the organisation's staff, once the programme has reached stage 3, mentor bank (409 before). Only a candidate
    /// of this programme accepted at stage 2 enters (409 otherwise), once (a person already in the bank answers 409).
    /// Give the capacity (1–50 mentees at a time), the source and the competences as tags — matching at stage 5 scores
    /// the overlap of these tags with the mentees' requests. A mentor in the bank is stage 3's gate.
    /// </remarks>
    public static async Task<Created<MentorDto>> AddMentor(IMediator mediator, Guid programmeId, AddMentorCommand command, CancellationToken cancellationToken)
    {
        var mentor = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentors/{mentor.Id}", mentor);
    }

    /// <summary>Change a mentor's capacity, source or competences, or take the mentor out of the offer</summary>
    /// <remarks>
    /// For the organisation's staff, from stage 3 on. The competences given replace the previous ones; `isActive=false`
    /// takes the mentor out of matching (an inactive mentor takes no new mentees, the current pairs go on), `true`
    /// brings them back.
    /// </remarks>
    public static async Task<Ok<MentorDto>> UpdateMentor(IMediator mediator, Guid programmeId, Guid mentorId, UpdateMentorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MentorId = mentorId }, cancellationToken));
}
