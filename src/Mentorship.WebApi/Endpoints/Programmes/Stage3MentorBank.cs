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

    public static async Task<Ok<PagedList<MentorDto>>> GetMentors(IMediator mediator, [AsParameters] GetMentorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    public static async Task<Ok<MentorDto>> GetMentor(IMediator mediator, Guid programmeId, Guid mentorId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMentorQuery(programmeId, mentorId), cancellationToken));

    public static async Task<Created<MentorDto>> AddMentor(IMediator mediator, Guid programmeId, AddMentorCommand command, CancellationToken cancellationToken)
    {
        var mentor = await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/programmes/{programmeId}/mentors/{mentor.Id}", mentor);
    }

    public static async Task<Ok<MentorDto>> UpdateMentor(IMediator mediator, Guid programmeId, Guid mentorId, UpdateMentorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, MentorId = mentorId }, cancellationToken));
}
