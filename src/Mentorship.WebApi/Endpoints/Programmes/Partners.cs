using MediatR;
using Mentorship.Application.Programmes.Partners.Commands.AddProgrammePartner;
using Mentorship.Application.Programmes.Partners.Commands.ChangeProgrammePartner;
using Mentorship.Application.Programmes.Partners.Commands.RemoveProgrammePartner;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.WebApi.Endpoints.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Programmes;

/// <summary>Partners of a programme (партнёры): employers, NGOs, colleges, universities, ДО centres.</summary>
public static class Partners
{
    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/programmes/{programmeId:guid}/partners").WithTags("Partners");
        partners.MapPost("", AddProgrammePartner).WithName(nameof(AddProgrammePartner)).ProducesWriteProblems();
        partners.MapPut("/{organizationId:guid}", ChangeProgrammePartner).WithName(nameof(ChangeProgrammePartner)).ProducesWriteProblems();
        partners.MapDelete("/{organizationId:guid}", RemoveProgrammePartner).WithName(nameof(RemoveProgrammePartner))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return partners;
    }

    /// <summary>Add a partner to a programme</summary>
    /// <remarks>
    /// For the organisation's staff (куратор, the organisation's administrator) and the coordinators over it. The
    /// partner is an organisation named by `organizationId`, or by `inn` (ИНН, check digits verified): a registered
    /// INN finds the organisation, a new one creates it with `name` and `kind` (in `municipalityId` of the programme's
    /// region, by default the programme's municipality). The same organisation is a partner once (409), and the
    /// programme's own organisation never. The partner shows on the programme, and on the open resource
    /// (`/public/partners`, the public programme page) while the programme is published. Audited.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> AddProgrammePartner(IMediator mediator, Guid programmeId, AddProgrammePartnerCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId }, cancellationToken));

    /// <summary>Change what a partner brings to a programme</summary>
    /// <remarks>
    /// For the organisation's staff and the coordinators over it. An organisation that is not a partner of the
    /// programme answers 404; a closed programme takes no changes (409). Audited.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> ChangeProgrammePartner(IMediator mediator, Guid programmeId, Guid organizationId, ChangeProgrammePartnerCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command with { ProgrammeId = programmeId, OrganizationId = organizationId }, cancellationToken));

    /// <summary>Remove a partner from a programme</summary>
    /// <remarks>
    /// For the organisation's staff and the coordinators over it. The organisation stays; it leaves the open resource
    /// at once unless it is a partner of another published programme. An organisation that is not a partner answers
    /// 404; a closed programme takes no changes (409). Audited.
    /// </remarks>
    public static async Task<Ok<ProgrammeDto>> RemoveProgrammePartner(IMediator mediator, Guid programmeId, Guid organizationId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveProgrammePartnerCommand(programmeId, organizationId), cancellationToken));
}
