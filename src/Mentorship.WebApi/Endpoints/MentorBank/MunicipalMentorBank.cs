using MediatR;
using Mentorship.Application.Common.Models;
using Mentorship.Application.MentorBank.Commands.RegisterBankMentor;
using Mentorship.Application.MentorBank.Commands.UpdateBankMentor;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Application.MentorBank.Queries.GetBankMentors;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.MentorBank;

/// <summary>The municipal bank of mentors and experts (единая муниципальная база наставников и экспертов, seed 001).</summary>
public static class MunicipalMentorBank
{
    private const int NotFound = StatusCodes.Status404NotFound;

    public static RouteGroupBuilder MapMunicipalMentorBank(this RouteGroupBuilder api)
    {
        var bank = api.MapGroup("/municipalities/{municipalityId:guid}/mentor-bank").WithTags("Municipal mentor bank");
        bank.MapGet("", GetBankMentors).WithName(nameof(GetBankMentors)).ProducesValidationProblem().ProducesProblem(NotFound);
        bank.MapGet("/{entryId:guid}", GetBankMentor).WithName(nameof(GetBankMentor)).ProducesProblem(NotFound);
        bank.MapPost("", RegisterBankMentor).WithName(nameof(RegisterBankMentor)).ProducesWriteProblems();
        bank.MapPut("/{entryId:guid}", UpdateBankMentor).WithName(nameof(UpdateBankMentor)).ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return bank;
    }

    /// <summary>List the municipal bank of mentors and experts</summary>
    /// <remarks>
    /// For the municipality's coordinators (and the region's) and the staff of any organisation of the municipality;
    /// anyone else gets 404. Each entry with the person, their school, competences (the deficits they help with), the
    /// capacity across schools, the mentees their active pairs of every programme take and the places left, the
    /// agreement date and whether they were trained (or entered by an exception, with its reason). Filter by
    /// `competence` (a tag), `organizationId`, `hasFreePlaces`, `role` and `isActive`; in the order they were registered;
    /// paged (`page`, `pageSize` up to 200). Shows personal data, so the read is audited.
    /// </remarks>
    public static async Task<Ok<PagedList<BankMentorDto>>> GetBankMentors(IMediator mediator, [AsParameters] GetBankMentorsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    /// <summary>Read an entry of the municipal mentor bank</summary>
    /// <remarks>For those who may list the bank; an entry of another municipality answers 404. The read is audited.</remarks>
    public static async Task<Ok<BankMentorDto>> GetBankMentor(IMediator mediator, Guid municipalityId, Guid entryId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBankMentorQuery(municipalityId, entryId), cancellationToken));

    /// <summary>Register a person in the municipal mentor bank</summary>
    /// <remarks>
    /// A municipal coordinator registers a person of any organisation of the municipality (a teacher above all, or an
    /// expert); a curator proposes a person of their own school who agreed (a person the caller cannot see: 400
    /// `common.not_found` on `personId`). A person of another municipality: 400
    /// `mentor_bank.person_outside_municipality`; already in the bank: 409 `mentor_bank.duplicate`. Only a trained
    /// person enters — a completed stage-2 training in any programme or a ДПП course on record; otherwise
    /// `trainingExceptionReason` must say why (400 `mentor_bank.training_required` on that field). A curator of any
    /// school of the municipality then draws the mentor into a pair of the network format of their programme (`POST
    /// /programmes/{id}/groups`), their capacity counting over every pair of every programme.
    /// </remarks>
    public static async Task<Created<BankMentorDto>> RegisterBankMentor(IMediator mediator, Guid municipalityId, RegisterBankMentorCommand command, CancellationToken cancellationToken)
    {
        var entry = await mediator.Send(command with { MunicipalityId = municipalityId }, cancellationToken);
        return TypedResults.Created($"{DependencyInjection.ApiBase}/municipalities/{municipalityId}/mentor-bank/{entry.Id}", entry);
    }

    /// <summary>Change an entry's capacity or competences, or take it out of the offer</summary>
    /// <remarks>
    /// For the municipality's coordinators (a curator: 403). The competences given replace the previous ones;
    /// `isActive=false` draws the person into no new pair (current pairs go on); a capacity below the current mentees
    /// lets the pairs go on and takes no new mentee until there is room.
    /// </remarks>
    public static async Task<Ok<BankMentorDto>> UpdateBankMentor(IMediator mediator, Guid municipalityId, Guid entryId, UpdateBankMentorCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { MunicipalityId = municipalityId, EntryId = entryId }, cancellationToken));
}
